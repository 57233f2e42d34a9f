// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/xprices.h"

#include <QSqlDatabase>
#include <QString>

namespace EpisodeDesk::Models {

// Settings that every window and process on one database must agree on (the scheduler's grace period),
// as opposed to per-user look-and-feel, which lives in QSettings.
class SettingsStore final
{
public:
    explicit SettingsStore(const QSqlDatabase &db);

    static constexpr qint64 DefaultGraceSeconds = 30 * 60;

    // How late a scheduled post may still go out by itself; past it, the tweet is "missed".
    qint64 graceSeconds() const;
    bool setGraceSeconds(qint64 seconds);

    // What X charges (XPrices), as the user last entered it; XPrices::defaults() until then, and for
    // any value that is missing or unreadable. setXPrices refuses an invalid table.
    XPrices xPrices() const;
    bool setXPrices(const XPrices &prices);

    QString lastError() const { return m_error; }

private:
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
