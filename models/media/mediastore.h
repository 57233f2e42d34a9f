// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/imageprep.h"
#include "media/tweetimage.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>

#include <optional>

namespace EpisodeDesk::Models {

// The content-addressed media store (schema 8; DESIGN.md "Text and media"). An image is copied in when
// it is added to a tweet and named by its SHA-256, never referenced by a path that may move: a tweet's
// image is still there when the file it came from is renamed or deleted. The bytes live where
// MediaBlobs keeps them (a folder beside a SQLite database, a table of a team database).
//
//     const ImageCheck check = prepareImageFile(path);          // off the GUI thread
//     if (auto image = MediaStore(db).put(*check.image)) { image->alt = alt; images.append(*image); }
//     TweetImageStore(db).setImages(configId, images);
class MediaStore final
{
    Q_DECLARE_TR_FUNCTIONS(MediaStore)

public:
    explicit MediaStore(const QSqlDatabase &db);

    // Keeps the image (and, when it was re-encoded, the original as chosen) and returns it as a tweet
    // carries it, without alt text. The same bytes stored twice are one image.
    std::optional<TweetImage> put(const PreparedImage &image);
    std::optional<TweetImage> find(const QString &sha256) const;
    // The bytes to upload; nullopt when they are gone from disk or changed (lastError() says which).
    std::optional<QByteArray> bytes(const TweetImage &image) const;
    // Why these images cannot be sent as they are (one is missing from disk or damaged), or empty.
    // `readBytes` false: only whether they are there (a stat per file), for views that list many tweets.
    QString missingProblem(const QList<TweetImage> &images, bool readBytes = true) const;
    // Deletes media that no tweet and no attempt refers to (an attempt's images are its history), and
    // their bytes. Returns how many, or -1 on a database error.
    // - With candidates: these (and their originals) if unused: what a caller just let go (a cancelled
    //   editor's new images, a deleted tweet's, the old ones of an edit).
    // - Without: every unused image not stored in the last day. Another window or process may have
    //   put an image a moment ago for a tweet it has not saved yet; put() again renews the day.
    int removeUnused(const QList<TweetImage> &candidates);
    int removeUnused();

    QString lastError() const { return m_error; }

private:
    int removeUnusedWhere(const QString &which, const QVariantList &values);

    QSqlDatabase m_db;
    mutable QString m_error;
};

// An image checked and kept in the store, or why not.
struct StoredImage
{
    std::optional<TweetImage> image; // as a tweet carries it, without alt text
    QString error; // one sentence, when refused or not stored
    bool reencoded = false; // made smaller to fit X (the original is kept in the store too)
    bool ok() const { return image.has_value(); }
};

// prepareImageFile() and MediaStore::put() together, on QThreadPool::globalInstance() with a database
// connection of its own to `databaseLocation` (what Database::open takes): neither decoding nor the
// file writes (a re-encoded image keeps an original of up to 100 MB) nor a busy database ever wait on
// the calling (GUI) thread. Watch the future with a QFutureWatcher.
QFuture<StoredImage> storeImageFileInBackground(const QString &databaseLocation, const QString &path);
QFuture<StoredImage> storeImageInBackground(const QString &databaseLocation, const QByteArray &bytes,
                                            const QString &fileName);
// MediaStore::put() of an image already checked, on a clone of `db`'s connection made on the pool's
// thread (QSqlDatabase::cloneDatabase by name is thread-safe): for a window that holds a connection,
// not a location.
QFuture<StoredImage> storePreparedInBackground(const QSqlDatabase &db, const PreparedImage &image);

} // namespace EpisodeDesk::Models
