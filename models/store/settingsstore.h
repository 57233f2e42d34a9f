// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    QString lastError() const { return m_error; }

private:
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
