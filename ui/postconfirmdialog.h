// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/xprices.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace EpisodeDesk::Ui {

// "Post this to X?" — the last look before an irreversible step: the exact text that will be sent
// (placeholders already filled in) and the account it goes out on. A "Don't ask again" box turns the
// question off; MainWindow keeps that choice in QSettings and its Tweet menu turns it back on.
//
//     auto *dialog = new PostConfirmDialog(expandedText, accountName, sandbox, this);
//     dialog->setPrices(SettingsStore(db).xPrices());   // "This post costs $0.20: it contains a link …"
//     connect(dialog, &QDialog::finished, this, [](int result) { ... });
//     dialog->open();
//
// Cancel is the default button: a Return held down after the Post click must not answer this for the
// user. "&Post" (Alt+P) or a click posts.
class PostConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostConfirmDialog)

public:
    // `sandbox`: the account posts to the local test server, and the question says so.
    PostConfirmDialog(const QString &text, const QString &accountName, bool sandbox, QWidget *parent = nullptr);
    ~PostConfirmDialog() override;

    bool dontAskAgain() const;

    // Says what this post costs at these prices, from the exact text that will be sent.
    void setPrices(const Models::XPrices &prices);
    // The sentence setPrices shows: the price, why (a link or none), and the date of the prices.
    static QString costSentence(const QString &text, bool sandbox, const Models::XPrices &prices);

private:
    QString m_text;
    bool m_sandbox = false;
    QLabel *m_cost = nullptr;
    QCheckBox *m_dontAskAgain = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EpisodeDesk::Ui
