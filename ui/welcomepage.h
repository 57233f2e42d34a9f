// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace EpisodeDesk::Ui {

// What a show without episodes sees instead of two empty lists: the first steps, each with its button:
// import the show from its RSS feed (first and largest: most shows already have one), an account (with
// the accounts already there), or an episode by hand.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // The first step follows the accounts: "add one", or "ready to post on …".
    void setAccounts(const QList<Models::Account> &accounts);
    // Focus on the one thing to do next: importing the feed.
    void focusNextStep();

Q_SIGNALS:
    void importFeedRequested();
    void addAccountRequested();
    void manageAccountsRequested();
    void addEpisodeRequested();

private:
    bool m_hasAccounts = false;
    QLabel *m_accountStep = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_accountButton = nullptr;
    QPushButton *m_episodeButton = nullptr;
};

} // namespace EpisodeDesk::Ui
