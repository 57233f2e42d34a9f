// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QObject;

namespace EpisodeDesk::Ui {

// Every action of the main window, made in one place: objectNames (tests find them), words with their
// mnemonics, icons, platform shortcuts and tooltips that name the shortcut. The window puts them in its
// menus and toolbar and wires them; the panes enable them and use them as context menus.
struct WindowActions
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Ui::WindowActions)

public:
    QAction *newEpisode = nullptr;
    QAction *editEpisode = nullptr;
    QAction *deleteEpisode = nullptr;
    QAction *newTweet = nullptr;
    QAction *editTweet = nullptr;
    QAction *deleteTweet = nullptr;
    QAction *post = nullptr;
    QAction *reschedule = nullptr;
    QAction *verify = nullptr;
    QAction *openOnX = nullptr;
    QAction *history = nullptr;
    QAction *resumePosting = nullptr;
    QAction *confirmBeforePosting = nullptr;
    QAction *find = nullptr;
    QAction *refresh = nullptr;
    QAction *preferences = nullptr;
    QAction *accounts = nullptr;
    QAction *openDatabase = nullptr;
    QAction *openTeamDatabase = nullptr;
    QAction *importFeed = nullptr;
    QAction *announcements = nullptr;
    QAction *clearRecent = nullptr;
    QAction *about = nullptr;
    QAction *quit = nullptr;

    static WindowActions create(QObject *parent);
    QList<QAction *> all() const;
};

} // namespace EpisodeDesk::Ui
