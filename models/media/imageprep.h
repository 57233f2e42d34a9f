// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// An image checked against X's limits, ready for the media store: `data` is what will be uploaded.
struct PreparedImage
{
    QByteArray data;
    QString mimeType; // image/jpeg, image/png, image/webp or image/gif
    int width = 0;
    int height = 0;
    QString fileName; // as the user chose it (no folder); may be empty
    // The file as chosen, when `data` is its re-encoding (too large for X); empty otherwise. Kept in the
    // store beside it: what the user chose is never thrown away.
    QByteArray original;
    QString originalMimeType;
    int originalWidth = 0;
    int originalHeight = 0;
    int frames = 1; // an animated GIF has more

    bool reencoded() const { return !original.isEmpty(); }
};

struct ImageCheck
{
    std::optional<PreparedImage> image;
    QString error; // one sentence naming the file when it was refused
    bool ok() const { return image.has_value(); }
};

// Checks and, when it must, re-encodes an image to fit X (X_API_NOTES.md, "Media upload, v2"):
// - JPEG, PNG, WebP and GIF only, decided from the bytes, not the name;
// - a file cut short (a download or copy that stopped) is refused, though Qt would decode it with a
//   grey band: each format's end marker must be there;
// - a JPEG, PNG or WebP over 5 MB becomes a JPEG at quality 90, scaled down (aspect ratio kept) only
//   if that is still too large; transparency is laid on white;
// - a GIF may be up to 15 MB and is never re-encoded (its animation would be lost).
// Pure and thread-safe: it decodes the whole image, so run it off the GUI thread (prepareInBackground).
ImageCheck prepareImage(const QByteArray &bytes, const QString &fileName = {});
// The same for a file (read whole; a file over 100 MB is refused before reading).
ImageCheck prepareImageFile(const QString &path);
// prepareImageFile / prepareImage on QThreadPool::globalInstance(); watch with a QFutureWatcher.
QFuture<ImageCheck> prepareImageFileInBackground(const QString &path);
QFuture<ImageCheck> prepareImageInBackground(const QByteArray &bytes, const QString &fileName);

} // namespace EpisodeDesk::Models
