// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <libpq-fe.h>

namespace EpisodeDesk::Models {

namespace {

QString passwordRefusal()
{
    return DatabaseLocation::tr(
        "The team database's address contains a password. Remove it from the address and put the "
        "password in ~/.pgpass (or the file PGPASSFILE names, or a PostgreSQL service file), or let "
        "EpisodeDesk keep it in this computer's keychain (File → Open team database…). A password in an "
        "address ends up in shell history, process lists and logs.");
}

// libpq options that QPSQL sets itself from the parts below, or that we refuse.
bool isOwnKey(const QByteArray &key)
{
    return key == "host" || key == "hostaddr" || key == "port" || key == "user" || key == "dbname" || key == "password";
}

// libpq's conninfo quoting: backslash and single quote escaped, the value in single quotes.
QString quoted(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

bool DatabaseLocation::isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::SQLite;
    location.m_text = path == QLatin1String(":memory:") ? path : QFileInfo(path).absoluteFilePath();
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    if (!isUri(text)) {
        if (text.trimmed().isEmpty()) {
            if (error) {
                *error = DatabaseLocation::tr("No database was named.");
            }
            return std::nullopt;
        }
        return file(text);
    }
    // Checked before libpq sees the text, so no message of libpq's can ever quote a password back.
    static const QRegularExpression userInfoPassword(QStringLiteral("^[a-z]+://[^/@?#]*:[^/@?#]*@"),
                                                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression queryPassword(QStringLiteral("[?&]password="),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (userInfoPassword.match(text).hasMatch() || queryPassword.match(text).hasMatch()) {
        if (error) {
            *error = passwordRefusal();
        }
        return std::nullopt;
    }
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &message);
    if (!options) {
        if (error) {
            const QString reason =
                message ? QString::fromUtf8(message).trimmed() : DatabaseLocation::tr("out of memory");
            *error = DatabaseLocation::tr("This is not a PostgreSQL address EpisodeDesk can use (%1). The form is "
                                          "postgresql://USER@HOST:PORT/DATABASE.")
                         .arg(reason);
        }
        PQfreemem(message);
        return std::nullopt;
    }
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSQL;
    location.m_text = text;
    QStringList rest;
    bool hasPassword = false;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val) {
            continue;
        }
        const QByteArray key(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == "password") {
            hasPassword = !value.isEmpty();
        } else if (key == "host") {
            location.m_host = value;
        } else if (key == "port") {
            location.m_port = value.toInt();
        } else if (key == "user") {
            location.m_user = value;
        } else if (key == "dbname") {
            location.m_databaseName = value;
        } else if (!isOwnKey(key)) {
            rest.append(QString::fromLatin1(key) + QLatin1Char('=') + quoted(value));
        }
    }
    PQconninfoFree(options);
    if (hasPassword) {
        if (error) {
            *error = passwordRefusal();
        }
        return std::nullopt;
    }
    location.m_options = rest.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::SQLite) {
        return QDir::toNativeSeparators(m_text);
    }
    const QString server = m_host.isEmpty() ? DatabaseLocation::tr("the default server")
                                            : (m_port > 0 ? QStringLiteral("%1:%2").arg(m_host).arg(m_port) : m_host);
    const QString database = m_databaseName.isEmpty() ? DatabaseLocation::tr("the default database") : m_databaseName;
    return m_user.isEmpty() ? DatabaseLocation::tr("%1 on %2").arg(database, server)
                            : DatabaseLocation::tr("%1 on %2 as %3").arg(database, server, m_user);
}

QString DatabaseLocation::key() const
{
    if (m_backend == Backend::SQLite) {
        return m_text;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}

QString DatabaseLocation::localStatePath(const QString &suffix) const
{
    if (m_backend == Backend::SQLite) {
        return m_text + suffix;
    }
    const QByteArray hash = QCryptographicHash::hash(key().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/team/") +
        QString::fromLatin1(hash) + suffix;
}

} // namespace EpisodeDesk::Models
