// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/settingsstore.h"

#include "store/sqlutil.h"

#include <QCoreApplication>

namespace EpisodeDesk::Models {

namespace {
const QString graceKey = QStringLiteral("scheduler.grace_seconds");
// Prices as integer micro-dollars, the date as ISO text.
const QString createKey = QStringLiteral("x.price.create_micros");
const QString createWithUrlKey = QStringLiteral("x.price.create_with_url_micros");
const QString readKey = QStringLiteral("x.price.read_micros");
const QString ownedReadKey = QStringLiteral("x.price.owned_read_micros");
const QString readOnKey = QStringLiteral("x.price.read_on");
} // namespace

SettingsStore::SettingsStore(const QSqlDatabase &db) : m_db(db) { }

QString SettingsStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, &m_error) ||
        !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value}, &m_error);
}

qint64 SettingsStore::graceSeconds() const
{
    bool ok = false;
    const qint64 seconds = value(graceKey).toLongLong(&ok);
    return ok && seconds >= 0 ? seconds : DefaultGraceSeconds;
}

bool SettingsStore::setGraceSeconds(qint64 seconds)
{
    return setValue(graceKey, QString::number(qMax<qint64>(0, seconds)));
}

XPrices SettingsStore::xPrices() const
{
    XPrices prices = XPrices::defaults();
    const auto read = [this](const QString &key, qint64 *micros) {
        bool ok = false;
        const qint64 stored = value(key).toLongLong(&ok);
        if (ok && stored >= 0 && stored <= XPrices::kMaxMicros) {
            *micros = stored;
        }
    };
    read(createKey, &prices.createMicros);
    read(createWithUrlKey, &prices.createWithUrlMicros);
    read(readKey, &prices.readMicros);
    read(ownedReadKey, &prices.ownedReadMicros);
    const QDate readOn = QDate::fromString(value(readOnKey), Qt::ISODate);
    if (readOn.isValid()) {
        prices.readOn = readOn;
    }
    return prices;
}

bool SettingsStore::setXPrices(const XPrices &prices)
{
    if (!prices.isValid()) {
        m_error =
            QCoreApplication::translate("Store", "Prices must be between $0 and $%1, with the date they were read.")
                .arg(XPrices::formatUsd(XPrices::kMaxMicros, 0));
        return false;
    }
    // One statement, so the table is never half from before and half from after (no transaction to
    // nest in a caller's).
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {createKey, QString::number(prices.createMicros), createWithUrlKey,
                      QString::number(prices.createWithUrlMicros), readKey, QString::number(prices.readMicros),
                      ownedReadKey, QString::number(prices.ownedReadMicros), readOnKey,
                      prices.readOn.toString(Qt::ISODate)},
                     &m_error);
}

} // namespace EpisodeDesk::Models
