// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// Where the bytes of the media store (schema 8) live: on SQLite, one file per image in a folder beside
// the database, `<database folder>/media/<sha256>.<ext>`; on PostgreSQL, a media_blobs row, so every
// teammate's computer sees the same images. Content-addressed: a name is the SHA-256 of the bytes, so a
// write of the same name is the same image and a read checks the bytes still are what they were.
// media/ builds the image rules on this; DatabaseCopy moves the bytes with it.
//
// Files are written atomically (QSaveFile) and never opened for writing once there, so two processes
// writing one image at once both end with the whole file.
class MediaBlobs final
{
    Q_DECLARE_TR_FUNCTIONS(MediaBlobs)

public:
    explicit MediaBlobs(const QSqlDatabase &db);

    // The folder of a SQLite database's media (empty for PostgreSQL or an in-memory database).
    QString directory() const { return m_directory; }
    // The file name of an image in that folder, e.g. "3a7b….png".
    static QString fileName(const QString &sha256, const QString &mimeType);

    // Keeps `data` under its SHA-256 (which the caller computed: checked here again).
    bool write(const QString &sha256, const QString &mimeType, const QByteArray &data);
    // The bytes, or nullopt when they are gone or no longer hash to their name (lastError() says so).
    std::optional<QByteArray> read(const QString &sha256, const QString &mimeType) const;
    bool exists(const QString &sha256, const QString &mimeType) const;
    // There, and still hashing to its name; otherwise lastError() says whether it is missing or changed.
    // Reads a file whole (hashed on the server on PostgreSQL).
    bool isIntact(const QString &sha256, const QString &mimeType) const;
    // PostgreSQL: the INSERT of (sha256, data) into media_blobs that keeps the row already there, unless
    // that row was damaged.
    static QString upsertStatement();
    // Only ever called for media no row refers to any more (MediaStore::removeUnused).
    bool remove(const QString &sha256, const QString &mimeType);

    QString lastError() const { return m_error; }

private:
    bool isPostgreSql() const;
    QString path(const QString &sha256, const QString &mimeType) const;

    QSqlDatabase m_db;
    QString m_directory;
    mutable QString m_error;
};

// The lower-case hex SHA-256 of `data`: the name of an image in the store.
QString mediaHash(const QByteArray &data);

} // namespace EpisodeDesk::Models
