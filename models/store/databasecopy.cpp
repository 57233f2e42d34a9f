// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasecopy.h"

#include "store/changelog.h"
#include "store/mediablobs.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcDatabaseCopy, "episodedesk.store.databasecopy")

namespace {

// Rolls the target's transaction back unless commit() was reached, so that every way out of run()
// leaves the target as it was.
class TargetTransaction final
{
public:
    explicit TargetTransaction(const QSqlDatabase &db) : m_db(db) { }
    ~TargetTransaction()
    {
        if (m_open) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Q_DISABLE_COPY_MOVE(TargetTransaction)

    bool begin(QString *error)
    {
        m_open = exec(beginWriteStatement(dialectOf(m_db)), error);
        return m_open;
    }
    bool commit(QString *error)
    {
        const bool committed = exec(QStringLiteral("COMMIT"), error);
        // A failed COMMIT on PostgreSQL has ended the transaction already; on SQLite it may still be open.
        m_open = !committed && dialectOf(m_db) == SqlDialect::SQLite;
        return committed;
    }

private:
    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql)) {
            return true;
        }
        qCWarning(lcDatabaseCopy) << sql << "failed:" << query.lastError().text();
        *error = query.lastError().driverText();
        return false;
    }

    QSqlDatabase m_db;
    bool m_open = false;
};

QString identifier(const QSqlDatabase &db, const QString &name, QSqlDriver::IdentifierType type)
{
    return db.driver()->escapeIdentifier(name, type);
}

} // namespace

DatabaseCopy::DatabaseCopy(const QSqlDatabase &source, const QSqlDatabase &target) : m_source(source), m_target(target)
{ }

QStringList DatabaseCopy::tables()
{
    // Not row_changes, the search index or episodedesk_schema: each database keeps its own, written by
    // its own triggers and migrations.
    // In the order their references need.
    return {QStringLiteral("accounts"),       QStringLiteral("feeds"),        QStringLiteral("templates"),
            QStringLiteral("episodes"),       QStringLiteral("feed_items"),   QStringLiteral("tweet_configs"),
            QStringLiteral("post_attempts"),  QStringLiteral("x_reads"),      QStringLiteral("account_limits"),
            QStringLiteral("settings"),       QStringLiteral("media"),        QStringLiteral("tweet_images"),
            QStringLiteral("attempt_images"), QStringLiteral("media_uploads")};
}

qint64 *DatabaseCopy::countOf(const QString &table)
{
    if (table == QLatin1String("accounts")) {
        return &m_counts.accounts;
    }
    if (table == QLatin1String("episodes")) {
        return &m_counts.episodes;
    }
    if (table == QLatin1String("tweet_configs")) {
        return &m_counts.tweets;
    }
    if (table == QLatin1String("post_attempts")) {
        return &m_counts.attempts;
    }
    if (table == QLatin1String("account_limits")) {
        return &m_counts.limits;
    }
    if (table == QLatin1String("feeds")) {
        return &m_counts.feeds;
    }
    if (table == QLatin1String("feed_items")) {
        return &m_counts.feedItems;
    }
    if (table == QLatin1String("templates")) {
        return &m_counts.templates;
    }
    if (table == QLatin1String("x_reads")) {
        return &m_counts.reads;
    }
    if (table == QLatin1String("media")) {
        return &m_counts.media;
    }
    if (table.contains(QLatin1String("image")) || table == QLatin1String("media_uploads")) {
        return &m_counts.otherMediaRows;
    }
    return &m_counts.settings;
}

bool DatabaseCopy::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    m_counts = {};
    return false;
}

bool DatabaseCopy::run()
{
    m_error = Error::None;
    m_errorString.clear();
    m_counts = {};

    // One snapshot of the source for every table, so that a tweet is never copied without its episode
    // or an attempt without its tweet while a window or the scheduler keeps writing to it.
    const ReadSnapshot snapshot(m_source);
    if (!checkSourceIdle()) {
        return false;
    }
    TargetTransaction transaction(m_target);
    QString why;
    if (!transaction.begin(&why)) {
        return fail(Error::Failed, DatabaseCopy::tr("Cannot start writing to the target database: %1").arg(why));
    }
    if (!lockAndCheckTargetEmpty()) {
        return false;
    }
    for (const QString &table : tables()) {
        if (!copyTable(table, countOf(table))) {
            return false;
        }
    }
    if (!copyMediaBytes()) {
        return false;
    }
    if (!resetIdentities()) {
        return false;
    }
    if (!transaction.commit(&why)) {
        return fail(Error::Failed,
                    DatabaseCopy::tr("The target database did not take the copy (nothing was copied): %1").arg(why));
    }
    qCInfo(lcDatabaseCopy) << "copied" << m_counts.accounts << "accounts," << m_counts.episodes << "episodes,"
                           << m_counts.tweets << "tweets," << m_counts.attempts << "attempts";
    return true;
}

// The images' bytes: files beside a SQLite database, media_blobs rows of a team database (MediaBlobs).
// On PostgreSQL they are written inside the target's transaction; files beside a SQLite target are
// written before its commit, so a failed copy may leave files nothing refers to, never a row without
// its file.
bool DatabaseCopy::copyMediaBytes()
{
    QSqlQuery query(m_source);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sha256, mime_type FROM media ORDER BY sha256"))) {
        return fail(
            Error::Failed,
            DatabaseCopy::tr("Cannot read the images of the database to copy: %1").arg(query.lastError().driverText()));
    }
    QList<std::pair<QString, QString>> images;
    while (query.next()) {
        images.append({query.value(0).toString(), query.value(1).toString()});
    }
    const MediaBlobs from(m_source);
    MediaBlobs to(m_target);
    for (const auto &[sha256, mimeType] : images) {
        const std::optional<QByteArray> data = from.read(sha256, mimeType);
        if (!data) {
            return fail(Error::Failed, DatabaseCopy::tr("Nothing was copied: %1").arg(from.lastError()));
        }
        if (!to.write(sha256, mimeType, *data)) {
            return fail(Error::Failed, DatabaseCopy::tr("Nothing was copied: %1").arg(to.lastError()));
        }
    }
    return true;
}

bool DatabaseCopy::checkSourceIdle()
{
    QSqlQuery query(m_source);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM tweet_configs WHERE status = 'posting'")) || !query.next()) {
        qCWarning(lcDatabaseCopy) << "cannot read the source:" << query.lastError().text();
        return fail(Error::Failed,
                    DatabaseCopy::tr("Cannot read the database to copy: %1").arg(query.lastError().driverText()));
    }
    if (const qint64 posting = query.value(0).toLongLong(); posting > 0) {
        return fail(Error::SourcePosting,
                    QCoreApplication::translate("DatabaseCopy",
                                                "%n tweet(s) of this database are being posted right now. Nothing "
                                                "was copied: wait until posting finishes or is recovered, then "
                                                "copy again.",
                                                nullptr, static_cast<int>(posting)));
    }
    return true;
}

bool DatabaseCopy::lockAndCheckTargetEmpty()
{
    if (dialectOf(m_target) == SqlDialect::PostgreSQL) {
        // A teammate who opened the new team database already must not add a row between the check and
        // the copy (its id would collide with a copied one): writers wait for our commit.
        QStringList names;
        for (const QString &table : tables()) {
            names.append(identifier(m_target, table, QSqlDriver::TableName));
        }
        QSqlQuery lock(m_target);
        if (!lock.exec(
                QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(names.join(QLatin1String(", "))))) {
            qCWarning(lcDatabaseCopy) << "cannot lock the target:" << lock.lastError().text();
            return fail(Error::Failed,
                        DatabaseCopy::tr("Cannot lock the target database: %1").arg(lock.lastError().driverText()));
        }
    } // SQLite: BEGIN IMMEDIATE holds the file's write lock already.
    for (const QString &table : tables()) {
        QSqlQuery query(m_target);
        if (!query.exec(
                QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(identifier(m_target, table, QSqlDriver::TableName)))) {
            qCWarning(lcDatabaseCopy) << "cannot read the target:" << query.lastError().text();
            return fail(Error::Failed,
                        DatabaseCopy::tr("Cannot read the target database: %1").arg(query.lastError().driverText()));
        }
        if (query.next()) {
            return fail(
                Error::TargetNotEmpty,
                DatabaseCopy::tr("The target database is not empty (it has %1). A show is copied only into an empty "
                                 "database; nothing was changed.")
                    .arg(table));
        }
    }
    return true;
}

bool DatabaseCopy::targetColumns(const QString &table, QStringList *columns)
{
    QSqlQuery query(m_target);
    bool ok = false;
    if (dialectOf(m_target) == SqlDialect::PostgreSQL) {
        ok = query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema() AND table_name = ? "
                                          "ORDER BY ordinal_position"));
        query.addBindValue(table);
        ok = ok && query.exec();
    } else {
        // PRAGMA takes no bound parameters; the table names are our own constants.
        ok = query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    }
    if (!ok) {
        qCWarning(lcDatabaseCopy) << "cannot read the columns of" << table << ":" << query.lastError().text();
        return fail(Error::Failed,
                    DatabaseCopy::tr("Cannot read the target database: %1").arg(query.lastError().driverText()));
    }
    const int nameColumn = dialectOf(m_target) == SqlDialect::PostgreSQL ? 0 : 1;
    while (query.next()) {
        columns->append(query.value(nameColumn).toString());
    }
    if (columns->isEmpty()) {
        return fail(Error::Failed, DatabaseCopy::tr("The target database has no table %1.").arg(table));
    }
    return true;
}

bool DatabaseCopy::copyTable(const QString &table, qint64 *rows)
{
    // The target's columns: both databases are at the same schema version (Database::open migrated
    // them), so the source has the same ones, and a column added by a future migration is copied
    // without anyone remembering to list it here.
    QStringList columns;
    if (!targetColumns(table, &columns)) {
        return false;
    }
    QStringList sourceNames;
    QStringList targetNames;
    QStringList placeholders;
    for (const QString &column : columns) {
        sourceNames.append(identifier(m_source, column, QSqlDriver::FieldName));
        targetNames.append(identifier(m_target, column, QSqlDriver::FieldName));
        placeholders.append(QStringLiteral("?"));
    }
    const QString comma = QStringLiteral(", ");
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    // In key order, so that the target's rows come out in the order the source's did.
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(sourceNames.join(comma), identifier(m_source, table, QSqlDriver::TableName),
                            sourceNames.first()))) {
        qCWarning(lcDatabaseCopy) << "cannot read" << table << ":" << read.lastError().text();
        return fail(Error::Failed,
                    DatabaseCopy::tr("Cannot read the database to copy: %1").arg(read.lastError().driverText()));
    }
    QSqlQuery write(m_target);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(identifier(m_target, table, QSqlDriver::TableName), targetNames.join(comma),
                                placeholders.join(comma)))) {
        qCWarning(lcDatabaseCopy) << "cannot prepare the insert into" << table << ":" << write.lastError().text();
        return fail(Error::Failed,
                    DatabaseCopy::tr("The target database refused the copy: %1").arg(write.lastError().driverText()));
    }
    const int count = static_cast<int>(columns.size());
    while (read.next()) {
        for (int i = 0; i < count; ++i) {
            // The driver's own NULL flag, not QVariant::isNull(): an empty text may come back as a null
            // QString, and must stay ''. Integers come back as integers and are bound as such.
            if (read.isNull(i)) {
                write.bindValue(i, QVariant());
            } else if (const QVariant value = read.value(i);
                       value.typeId() == QMetaType::QString && value.toString().isNull()) {
                write.bindValue(i, QStringLiteral(""));
            } else {
                write.bindValue(i, value);
            }
        }
        if (!write.exec()) {
            qCWarning(lcDatabaseCopy) << "insert into" << table << "failed:" << write.lastError().text();
            return fail(Error::Failed,
                        DatabaseCopy::tr("The target database refused the copy (nothing was copied): %1")
                            .arg(write.lastError().driverText()));
        }
        ++*rows;
    }
    if (read.lastError().isValid()) {
        qCWarning(lcDatabaseCopy) << "reading" << table << "stopped:" << read.lastError().text();
        return fail(Error::Failed,
                    DatabaseCopy::tr("The database to copy stopped part way through reading (nothing was copied): %1")
                        .arg(read.lastError().driverText()));
    }
    return true;
}

bool DatabaseCopy::resetIdentities()
{
    // Explicit ids do not advance PostgreSQL's identity sequences: without this the next episode added
    // on the team database would be given id 1 and collide. (SQLite's rowid is max(id) + 1 by itself.)
    if (dialectOf(m_target) != SqlDialect::PostgreSQL) {
        return true;
    }
    for (const QString &table : tables()) {
        QStringList columns;
        if (!targetColumns(table, &columns)) {
            return false;
        }
        if (!columns.contains(QLatin1String("id"))) {
            continue;
        }
        // pg_get_serial_sequence is NULL for a table without an identity, and setval(NULL, …) is NULL.
        // An empty table gets is_called = false, so that its first id is 1.
        QSqlQuery query(m_target);
        if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 1), "
                                       "max(id) IS NOT NULL) FROM %1")
                            .arg(table))) {
            qCWarning(lcDatabaseCopy) << "cannot reset the ids of" << table << ":" << query.lastError().text();
            return fail(Error::Failed,
                        DatabaseCopy::tr("The target database refused the copy (nothing was copied): %1")
                            .arg(query.lastError().driverText()));
        }
    }
    return true;
}

} // namespace EpisodeDesk::Models
