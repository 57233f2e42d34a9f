// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace EpisodeDesk::Models {

// X's limits for the images of one post (X_API_NOTES.md, "Media upload, v2").
inline constexpr int kMaxImagesPerTweet = 4; // or one GIF
inline constexpr int kMaxAltTextLength = 1000; // characters (QString::size of the NFC text)
inline constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
inline constexpr qint64 kMaxGifBytes = 15 * 1024 * 1024;

// One image in the media store (schema 8), as a tweet carries it: the stored bytes' identity and
// facts, and the tweet's alt text for it.
struct TweetImage
{
    QString sha256; // lower-case hex of the bytes uploaded to X
    QString mimeType; // image/jpeg, image/png, image/webp or image/gif
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    // The file the user chose, when this image is its re-encoding to fit X's limits; empty otherwise.
    QString originalSha256;
    QString fileName; // as the user chose it (shown in the editor); may be empty
    QString alt;

    bool operator==(const TweetImage &) const = default;
};

// What one attempt sent for one image: the image, and the id X gave it for that post.
struct AttemptImage
{
    TweetImage image;
    QString mediaId;
    QString mediaKey;

    bool operator==(const AttemptImage &) const = default;
};

// "PNG 3000×3000, 1.2 MB" for tooltips and the command line's text output.
QString describeImage(const TweetImage &image);
// A sentence about a tweet's images that would make X refuse it (too many, a GIF with others, an alt
// text too long), or empty when X takes them.
QString imagesProblem(const QList<TweetImage> &images);

} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::TweetImage)
