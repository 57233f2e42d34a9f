// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlutil.h"

#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStringList>

namespace EpisodeDesk::Models::Sql {

Q_LOGGING_CATEGORY(lcSql, "episodedesk.store.sql")

QVariant fromDateTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {

bool execFailed(const QSqlQuery &query, const QString &sql, QString *error)
{
    qCWarning(lcSql) << "exec failed:" << query.lastError().text() << sql;
    if (error) {
        const bool busy = isLockBusy(query.lastError());
        *error = busy ? QCoreApplication::translate("Store",
                                                    "The database is busy (another window or process is "
                                                    "writing). Please try again.")
                      : QCoreApplication::translate("Store", "The database refused the change: %1")
                            .arg(query.lastError().driverText());
    }
    return false;
}

// `sql` with each positional ? replaced by its value as the driver itself writes values into the
// EXECUTE of a prepared statement (QSqlDriver::formatValue: quotes doubled, NULL spelled NULL), so it
// is exactly as safe as binding. A ? inside a quoted literal or identifier is text, not a placeholder.
QString inlineValues(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            out.append(c);
            if (c == quote) {
                quote = QChar(); // a doubled quote closes and reopens: the same text either way
            }
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out.append(c);
            continue;
        }
        if (c == QLatin1Char('?') && next < values.size()) {
            QVariant value = values.at(next++);
            // As in exec(): a null QString is the empty text to us; NULL is spelled QVariant().
            if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
                value = QStringLiteral("");
            }
            QSqlField field(QString(), value.isValid() ? value.metaType() : QMetaType::fromType<QString>());
            field.setValue(value);
            out.append(driver->formatValue(field));
            continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // Without values there is nothing to bind, and PostgreSQL cannot PREPARE some statements (BEGIN,
    // COMMIT, SET): run it as it is.
    if (values.isEmpty()) {
        return query.exec(sql) || execFailed(query, sql, error);
    }
    if (dialectOf(query.driver()) == SqlDialect::PostgreSQL) {
        // QPSQL runs a prepared statement as PREPARE, EXECUTE with the values formatted by the driver,
        // and DEALLOCATE: three round trips to the server per statement, most of a claim's cost on a
        // team database. The same driver formatting, inlined, makes it one (see inlineValues).
        return query.exec(inlineValues(query.driver(), sql, values)) || execFailed(query, sql, error);
    }
    // QPSQL prepares on the server, which already waits for locks: a busy database can fail here too.
    if (!query.prepare(sql)) {
        return execFailed(query, sql, error);
    }
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; an empty text field is '' to us, and NULL is spelled
        // QVariant() (see nullableText and friends).
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(QStringLiteral(""));
        } else {
            query.addBindValue(value);
        }
    }
    return query.exec() || execFailed(query, sql, error);
}

bool forEachRow(QSqlQuery &query, const QString &sql, const QVariantList &values,
                const std::function<bool(const QSqlQuery &)> &visit, QString *error)
{
    query.setForwardOnly(true);
    if (!exec(query, sql, values, error)) {
        return false;
    }
    while (query.next()) {
        if (!visit(query)) {
            return true;
        }
    }
    // next() is false at the end and on a read error alike; only lastError() tells them apart.
    if (query.lastError().isValid()) {
        qCWarning(lcSql) << "reading rows failed:" << query.lastError().text() << sql;
        if (error) {
            *error = QCoreApplication::translate("Store", "The database stopped part way through reading: %1")
                         .arg(query.lastError().driverText());
        }
        return false;
    }
    return true;
}

QString idList(const QSet<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(QLatin1String(", "));
}

QString containsPattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db) : m_db(db) { }

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::begin(QString *error)
{
    QSqlQuery query(m_db);
    m_open = exec(query, beginWriteStatement(dialectOf(m_db)), {}, error);
    return m_open;
}

bool WriteTransaction::commit(QString *error)
{
    QSqlQuery query(m_db);
    const bool committed = exec(query, QStringLiteral("COMMIT"), {}, error);
    // A failed COMMIT on PostgreSQL has ended the transaction already; SQLite's stays open (busy).
    m_open = !committed && dialectOf(m_db) == SqlDialect::SQLite;
    return committed;
}

} // namespace EpisodeDesk::Models::Sql
