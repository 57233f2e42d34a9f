// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace EpisodeDesk::Models {

// A show-level announcement: when a feed refresh finds a new episode, each template becomes one tweet
// of it (FeedStore), scheduled at the episode's publication time plus offsetMinutes, or left for
// review when manual.
struct AnnouncementTemplate
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString text;
    int offsetMinutes = 0;
    bool manual = false;
    QDateTime createdAt;

    bool operator==(const AnnouncementTemplate &) const = default;
};

class TemplateStore final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(const QSqlDatabase &db);

    std::optional<qint64> add(const AnnouncementTemplate &announcement);
    QList<AnnouncementTemplate> all() const; // the ones in use, oldest first
    // Archived, not deleted: the tweets it made keep their (episode, template) key, so a later refresh
    // never makes them again.
    bool remove(qint64 id);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
