// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Images for the media tests, made in the test: PNG, JPEG and WebP with QImageWriter, and an animated
// GIF written by hand (Qt reads GIF but cannot write it).
//
//     const QByteArray png = TestMedia::image("png", 600, 600);
//     const QByteArray gif = TestMedia::animatedGif(3, 2 * 1024 * 1024); // 3 frames, padded past 2 MB

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>

#include <algorithm>

namespace TestMedia {

// A w×h image with a gradient (so that JPEG and WebP have something to compress) in `format`.
inline QByteArray image(const char *format, int w, int h)
{
    QImage picture(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            picture.setPixelColor(x, y, QColor((x * 255) / std::max(1, w - 1), (y * 255) / std::max(1, h - 1), 128));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(picture);
    return bytes;
}

// A 1×1 animated GIF89a of `frames` frames (black and white in turn, looping), with a comment extension
// that pads it to at least `paddedTo` bytes: a valid GIF large enough to need several upload segments.
inline QByteArray animatedGif(int frames, qsizetype paddedTo = 0)
{
    QByteArray gif("GIF89a");
    gif += QByteArray("\x01\x00\x01\x00", 4); // canvas 1×1
    gif += QByteArray("\x80\x00\x00", 3); // a global colour table of 2 entries
    gif += QByteArray("\x00\x00\x00\xff\xff\xff", 6); // black, white
    gif += QByteArray("\x21\xff\x0b"
                      "NETSCAPE2.0"
                      "\x03\x01\x00\x00\x00",
                      19); // loop forever
    // Every sub-block of a comment holds at most 255 bytes.
    const qsizetype frameBytes = 23 * frames + 1;
    if (gif.size() + frameBytes < paddedTo) {
        gif += QByteArray("\x21\xfe", 2);
        while (gif.size() + frameBytes + 1 < paddedTo) {
            gif += char(0xff);
            gif += QByteArray(255, 'x');
        }
        gif += char(0x00);
    }
    for (int i = 0; i < frames; ++i) {
        gif += QByteArray("\x21\xf9\x04\x00\x0a\x00\x00\x00", 8); // 100 ms
        gif += QByteArray("\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10); // the whole canvas
        // LZW, minimum code size 2: clear, pixel 0 or 1, end.
        gif += i % 2 == 0 ? QByteArray("\x02\x02\x44\x01\x00", 5) : QByteArray("\x02\x02\x4c\x01\x00", 5);
    }
    gif += char(0x3b);
    return gif;
}

} // namespace TestMedia
