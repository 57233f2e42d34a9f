// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postconfirmdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

PostConfirmDialog::PostConfirmDialog(const QString &text, const QString &accountName, bool sandbox, QWidget *parent)
    : QDialog(parent), m_text(text), m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("postConfirmDialog"));
    setWindowTitle(sandbox ? tr("Post to the Sandbox?") : tr("Post to X?"));
    setMinimumWidth(480);

    auto *question = new QLabel(
        sandbox ? tr("This text goes to the Sandbox server inside EpisodeDesk; nothing leaves this computer.")
                : tr("This text will be published on X now. A post can't be taken back from here."),
        this);
    question->setObjectName(QStringLiteral("confirmQuestionLabel"));
    question->setWordWrap(true);

    auto *account = new QLabel(accountName, this);
    account->setObjectName(QStringLiteral("confirmAccountLabel"));
    account->setTextFormat(Qt::PlainText);
    account->setWordWrap(true);

    // A read-only text box rather than a label: long links wrap, and the text can be selected and copied.
    auto *preview = new QPlainTextEdit(text, this);
    preview->setObjectName(QStringLiteral("confirmTextView"));
    preview->setReadOnly(true);
    preview->setTabChangesFocus(true);
    preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // A tweet is at most a few lines: room for six, and no empty box below a short one.
    preview->setFixedHeight(preview->fontMetrics().lineSpacing() * 6 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), account);
    form->addRow(tr("Text:"), preview);

    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("confirmCostLabel"));
    m_cost->setTextFormat(Qt::PlainText);
    m_cost->setWordWrap(true);
    m_cost->hide(); // until setPrices()

    m_dontAskAgain = new QCheckBox(tr("&Don't ask again (turn it back on in the Tweet menu)"), this);
    m_dontAskAgain->setObjectName(QStringLiteral("dontAskAgainCheck"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *post = m_buttons->button(QDialogButtonBox::Ok);
    post->setText(tr("&Post"));
    post->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(m_cost);
    layout->addWidget(m_dontAskAgain);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

PostConfirmDialog::~PostConfirmDialog() = default;

void PostConfirmDialog::setPrices(const Models::XPrices &prices)
{
    m_cost->setText(costSentence(m_text, m_sandbox, prices));
    m_cost->show();
}

QString PostConfirmDialog::costSentence(const QString &text, bool sandbox, const Models::XPrices &prices)
{
    if (sandbox) {
        return tr("This post costs nothing: it goes to the Sandbox, not to X.");
    }
    const QString price = QLatin1Char('$') + Models::XPrices::formatUsd(prices.costOfPost(text));
    const QString date = QLocale().toString(prices.readOn, QStringLiteral("d MMM yyyy"));
    // The same URL detection X applies: a bare domain is a link too, and X bills it as one.
    return Models::XPrices::hasUrl(text)
        ? tr("This post costs %1: it contains a link (X's prices of %2).").arg(price, date)
        : tr("This post costs %1: it has no link (X's prices of %2).").arg(price, date);
}

bool PostConfirmDialog::dontAskAgain() const
{
    return m_dontAskAgain->isChecked();
}

} // namespace EpisodeDesk::Ui
