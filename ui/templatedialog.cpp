// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatedialog.h"

#include "accountdialog.h"
#include "messagebox.h"
#include "text/tweettemplate.h"
#include "text/twittertext.h"
#include "widgetutil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

namespace {

// A week either side: an announcement a day before or a few days after is common, months are not.
constexpr int kMaxOffsetMinutes = 7 * 24 * 60;

} // namespace

TemplateDialog::TemplateDialog(const QList<Models::Account> &accounts, const Models::Episode &example, QWidget *parent)
    : QDialog(parent), m_example(example)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("New Announcement"));
    setMinimumWidth(600);

    auto *intro = new QLabel(tr("Each new episode a feed refresh finds gets one tweet with this text."), this);
    intro->setWordWrap(true);

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("templateAccount"));
    for (const Models::Account &account : accounts) {
        m_account->addItem(AccountDialog::displayName(account), account.id);
    }

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setTabChangesFocus(true);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setPlaceholderText(tr("For example: New episode {number}: {title} {url}"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("templateCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for "9999 / 280" in bold, so the counter is never clipped to its last digits.
    QFont bold = m_counter->font();
    bold.setBold(true);
    m_counter->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(tr("%1 / %2").arg(9999).arg(280)));
    m_counter->setToolTip(tr("Counted the way X counts, with the placeholders filled in for the episode shown "
                             "in the preview. Another episode's title may be longer."));
    auto *counterRow = new QHBoxLayout;
    counterRow->addWidget(createPlaceholderButton(m_text, this));
    counterRow->addStretch();
    counterRow->addWidget(m_counter);

    m_preview = new QTextEdit(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview: the text as it would be posted for this episode"));
    m_preview->setFixedHeight(m_preview->fontMetrics().lineSpacing() * 4 + 12);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, previewPalette.color(QPalette::Window));
    m_preview->setPalette(previewPalette);
    const QString exampleTitle =
        example.number ? tr("Episode %1: %2").arg(*example.number).arg(example.title) : example.title;
    auto *previewCaption = new QLabel(tr("Filled in for “%1”.").arg(elided(exampleTitle, 60)), this);
    previewCaption->setObjectName(QStringLiteral("templatePreviewCaption"));
    previewCaption->setWordWrap(true);
    previewCaption->setTextFormat(Qt::PlainText);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("templateHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);

    m_scheduled = new QRadioButton(tr("&Scheduled"), this);
    m_scheduled->setObjectName(QStringLiteral("templateScheduled"));
    m_scheduled->setChecked(true);
    m_offset = new QSpinBox(this);
    m_offset->setObjectName(QStringLiteral("templateOffset"));
    m_offset->setRange(-kMaxOffsetMinutes, kMaxOffsetMinutes);
    m_offset->setSuffix(tr(" min"));
    m_offset->setAccessibleName(tr("Minutes after the publication time (negative: before)"));
    auto *offsetLabel = new QLabel(tr("after publication"), this);
    offsetLabel->setBuddy(m_offset);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduled);
    scheduleRow->addWidget(m_offset);
    scheduleRow->addWidget(offsetLabel);
    scheduleRow->addStretch();
    m_manual = new QRadioButton(tr("&Left pending for me to review and post"), this);
    m_manual->setObjectName(QStringLiteral("templateManual"));
    auto *lateNote = new QLabel(tr("A tweet whose time is already past when its episode is found is left "
                                   "pending too: EpisodeDesk never posts late unasked."),
                                this);
    lateNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), counterRow);
    form->addRow(tr("As posted:"), m_preview);
    form->addRow(QString(), previewCaption);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Posted:"), scheduleRow);
    form->addRow(QString(), m_manual);
    form->addRow(QString(), lateNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Announcement"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplateDialog::updateCounter);
    connect(m_scheduled, &QRadioButton::toggled, m_offset, &QWidget::setEnabled);
    updateCounter();
    m_text->setFocus();
}

TemplateDialog::~TemplateDialog() = default;

Models::Episode TemplateDialog::sampleEpisode()
{
    Models::Episode episode;
    episode.number = 1;
    episode.title = tr("Your next episode");
    episode.link = QUrl(QStringLiteral("https://example.com/episodes/1"));
    episode.publishedOn = QDate::currentDate();
    return episode;
}

Models::AnnouncementTemplate TemplateDialog::announcement() const
{
    Models::AnnouncementTemplate announcement;
    announcement.accountId = m_account->currentData().toLongLong();
    announcement.text = m_text->toPlainText();
    announcement.manual = m_manual->isChecked();
    announcement.offsetMinutes = announcement.manual ? 0 : m_offset->value();
    return announcement;
}

void TemplateDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void TemplateDialog::accept()
{
    QString error;
    if (m_save && !m_save(announcement(), &error)) {
        MessageBox::warning(this, tr("Announcement Not Added"), error);
        return; // still open, with what was typed
    }
    QDialog::accept();
}

void TemplateDialog::updateCounter()
{
    const Models::TwitterTextConfig rules;
    const Models::TweetTemplateExpansion expansion = Models::expandTweetTemplate(m_text->toPlainText(), m_example);
    const Models::TweetParseResult result = Models::parseTweet(expansion.text, rules);
    const bool blank = m_text->toPlainText().trimmed().isEmpty();
    const bool tooLong = result.weightedLength > rules.maxWeightedTweetLength;
    m_counter->setText(tr("%1 / %2").arg(result.weightedLength).arg(rules.maxWeightedTweetLength));
    m_preview->setPlainText(expansion.text);

    // Not refused: the text is a template, and this is one episode's reading of it. A new episode's tweet
    // that does not fit is held at its time with the reason, like any other (DESIGN.md, "Text").
    QStringList hints;
    if (tooLong) {
        hints.append(tr("For this episode it is %1 characters, more than X's %2: a tweet that does not fit "
                        "is held, not posted.")
                         .arg(result.weightedLength)
                         .arg(rules.maxWeightedTweetLength));
    }
    for (const QString &unknown : expansion.unknownPlaceholders) {
        hints.append(tr("%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.").arg(unknown));
    }
    m_hint->setText(hints.join(QLatin1Char('\n')));
    m_hint->setVisible(!hints.isEmpty());
    m_counter->setProperty("overLimit", tooLong);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blank && m_account->count() > 0);
}

} // namespace EpisodeDesk::Ui
