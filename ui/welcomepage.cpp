// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "accountdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePage"));
    auto *content = new QWidget(this);
    content->setMaximumWidth(620);

    auto *heading = new QLabel(tr("Welcome to EpisodeDesk"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Keep your show's episodes and the tweets that announce them in one place. "
                                "EpisodeDesk posts each tweet at most once, when you say so or at the time "
                                "you choose."),
                             content);
    intro->setWordWrap(true);

    auto *importStep = new QLabel(tr("1. Import your show from its RSS feed: its episodes come in, ready for the "
                                     "tweets that announce them."),
                                  content);
    importStep->setObjectName(QStringLiteral("emptyImportStep"));
    importStep->setWordWrap(true);
    QFont importFont = importStep->font();
    importFont.setBold(true);
    importStep->setFont(importFont);
    m_importButton = new QPushButton(tr("Import from Feed…"), content);
    m_importButton->setObjectName(QStringLiteral("emptyImportFeedButton"));
    m_importButton->setFont(importFont);
    connect(m_importButton, &QPushButton::clicked, this, &WelcomePage::importFeedRequested);

    m_accountStep = new QLabel(content);
    m_accountStep->setObjectName(QStringLiteral("emptyAccountStep"));
    m_accountStep->setWordWrap(true);
    m_accountStep->setTextFormat(Qt::PlainText);
    m_accountButton = new QPushButton(content);
    m_accountButton->setObjectName(QStringLiteral("emptyAddAccountButton"));
    // With no account yet, go straight to the one thing needed; afterwards, to the list.
    connect(m_accountButton, &QPushButton::clicked, this,
            [this] { m_hasAccounts ? Q_EMIT manageAccountsRequested() : Q_EMIT addAccountRequested(); });

    auto *episodeStep =
        new QLabel(tr("3. Or add an episode by hand, then write the tweets that announce it."), content);
    episodeStep->setWordWrap(true);
    m_episodeButton = new QPushButton(tr("Add Episode…"), content);
    m_episodeButton->setObjectName(QStringLiteral("emptyAddEpisodeButton"));
    connect(m_episodeButton, &QPushButton::clicked, this, &WelcomePage::addEpisodeRequested);

    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(16);
    steps->setVerticalSpacing(12);
    steps->setColumnStretch(0, 1);
    steps->addWidget(importStep, 0, 0);
    steps->addWidget(m_importButton, 0, 1, Qt::AlignVCenter);
    steps->addWidget(m_accountStep, 1, 0);
    steps->addWidget(m_accountButton, 1, 1, Qt::AlignVCenter);
    steps->addWidget(episodeStep, 2, 0);
    steps->addWidget(m_episodeButton, 2, 1, Qt::AlignVCenter);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(16);
    contentLayout->addLayout(steps);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(content, 3);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    setAccounts({});
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setAccounts(const QList<Models::Account> &accounts)
{
    m_hasAccounts = !accounts.isEmpty();
    if (!m_hasAccounts) {
        m_accountStep->setText(tr("2. Add the X account your show posts from — or a Sandbox account, to try "
                                  "everything without posting anywhere."));
        m_accountButton->setText(tr("Add Account…"));
        return;
    }
    QStringList names;
    for (const Models::Account &account : accounts) {
        names.append(AccountDialog::displayName(account));
    }
    m_accountStep->setText(tr("2. \u2713 Ready to post on: %1.").arg(names.join(tr(", "))));
    m_accountButton->setText(tr("Manage Accounts…"));
}

void WelcomePage::focusNextStep()
{
    // Importing is the first step whether or not an account is there: the page shows while the show
    // has no episode, and the feed brings them all.
    m_importButton->setFocus();
}

} // namespace EpisodeDesk::Ui
