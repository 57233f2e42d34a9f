// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tweetdialog.h"

#include "accountdialog.h"
#include "imagestrip.h"
#include "messagebox.h"
#include "posting/holdreason.h"
#include "store/tweetstore.h"
#include "text/tweettemplate.h"
#include "text/twittertext.h"
#include "widgetutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

using Models::TweetStatus;

namespace {

// The next full hour at least an hour away: a sensible first guess that is never in the past.
QDateTime defaultScheduleTime()
{
    QDateTime time = QDateTime::currentDateTime().addSecs(3600);
    time.setTime(QTime(time.time().hour(), 0));
    return time.addSecs(3600);
}

QString episodeCaption(const Models::Episode &episode)
{
    return episode.number ? TweetDialog::tr("Episode %1: %2").arg(*episode.number).arg(episode.title)
                          : TweetDialog::tr("Episode: %1").arg(episode.title);
}

} // namespace

TweetDialog::TweetDialog(const QList<Models::Account> &accounts, const Models::Episode &episode, QWidget *parent)
    : QDialog(parent), m_episode(episode)
{
    setObjectName(QStringLiteral("tweetDialog"));
    setMinimumWidth(560);

    auto *caption = new QLabel(episodeCaption(episode), this);
    caption->setObjectName(QStringLiteral("episodeCaption"));
    caption->setTextFormat(Qt::PlainText);
    QFont captionFont = caption->font();
    captionFont.setBold(true);
    caption->setFont(captionFont);

    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setOpenExternalLinks(true);
    m_readOnlyNote->setFrameShape(QFrame::StyledPanel);
    m_readOnlyNote->setMargin(8);
    m_readOnlyNote->setVisible(false);

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountCombo"));
    for (const Models::Account &account : accounts) {
        m_account->addItem(AccountDialog::displayName(account), account.id);
    }

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setTabChangesFocus(true);
    // Long links wrap like everything else; a tweet is never wider than the box.
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setPlaceholderText(tr("For example: New episode {number}: {title} {url}"));
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 6);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counterLabel"));
    m_counter->setToolTip(tr("Counted the way X counts: every link as 23 characters, most emoji and Chinese, "
                             "Japanese or Korean characters as 2. Placeholders such as {title} count as "
                             "what they will be replaced with."));
    m_textHint = new QLabel(this);
    m_textHint->setObjectName(QStringLiteral("textHint"));
    m_textHint->setWordWrap(true);

    // Room for "9999 / 280" in bold, so the counter never jumps or gets clipped while typing.
    QFont bold = m_counter->font();
    bold.setBold(true);
    m_counter->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(tr("%1 / %2").arg(9999).arg(280)));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Read-only rich text rather than a label: a long link wraps anywhere instead of widening the dialog.
    m_preview = new QTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview: the text as it will be posted"));
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setFixedHeight(m_preview->fontMetrics().lineSpacing() * 4 + 12);
    m_preview->setPlaceholderText(tr("The text as it will be posted shows here, with {title}, {url}, … filled in."));
    // The base of a disabled field: it reads as a preview, not as a second place to type.
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, previewPalette.color(QPalette::Window));
    m_preview->setPalette(previewPalette);

    auto *counterRow = new QHBoxLayout;
    counterRow->addWidget(createPlaceholderButton(m_text, this));
    counterRow->addStretch();
    counterRow->addWidget(m_counter);

    m_scheduleCheck = new QCheckBox(tr("Post at a set time:"), this);
    m_scheduleCheck->setObjectName(QStringLiteral("scheduleCheck"));
    m_schedule = new QDateTimeEdit(defaultScheduleTime(), this);
    m_schedule->setObjectName(QStringLiteral("scheduleEdit"));
    m_schedule->setCalendarPopup(true);
    // The locale's short date and time, minus seconds: nobody schedules a tweet to the second.
    const QLocale locale;
    m_schedule->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                                 locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    m_schedule->setEnabled(false);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduleCheck);
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addStretch();
    auto *zone =
        new QLabel(tr("Times are in your time zone, %1.").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), this);
    zone->setObjectName(QStringLiteral("zoneLabel"));

    m_enabled = new QCheckBox(tr("&Enabled — uncheck to keep this tweet from being posted"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), counterRow);
    form->addRow(tr("As posted:"), m_preview);
    form->addRow(QString(), m_textHint);
    form->addRow(tr("When:"), scheduleRow);
    form->addRow(QString(), zone);
    form->addRow(QString(), m_enabled);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TweetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TweetDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &TweetDialog::updateCounter);
    connect(m_account, &QComboBox::currentIndexChanged, this, &TweetDialog::updateOkButton);
    connect(m_scheduleCheck, &QCheckBox::toggled, m_schedule, &QWidget::setEnabled);
    // Whether an over-limit text may be saved (held) depends on it being scheduled.
    connect(m_scheduleCheck, &QCheckBox::toggled, this, &TweetDialog::updateCounter);

    setConfig({});
}

TweetDialog::~TweetDialog() = default;

QString TweetDialog::lockedReason(const Models::TweetConfig &config)
{
    switch (config.status) {
    case TweetStatus::Posted: {
        const QString when = QLocale().toString(config.postedAt.toLocalTime(), QLocale::ShortFormat);
        QString reason = tr("This tweet was posted on %1, so it can no longer be changed.").arg(when.toHtmlEscaped());
        if (config.postUrl.isValid()) {
            reason += QLatin1Char(' ') +
                tr("<a href=\"%1\">See it on X</a>.").arg(config.postUrl.toString(QUrl::FullyEncoded).toHtmlEscaped());
        }
        return reason;
    }
    case TweetStatus::Posting:
        return tr("This tweet is being posted right now, so it can't be changed.");
    case TweetStatus::Unknown:
        return tr("EpisodeDesk can't tell yet whether this tweet reached X. So that it is never posted twice, it "
                  "can't be changed until that has been checked.");
    case TweetStatus::Pending:
    case TweetStatus::Failed:
        break;
    }
    return {};
}

void TweetDialog::setConfig(const Models::TweetConfig &config)
{
    m_config = config;
    m_sentText.clear(); // another tweet's, if any
    const bool isNew = config.id == 0;
    setWindowTitle(isNew ? tr("New Tweet") : tr("Edit Tweet"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add Tweet") : tr("Save"));

    int accountIndex = m_account->findData(config.accountId);
    if (accountIndex < 0 && !isNew) {
        // The account was removed (archived) since: show that honestly rather than silently switching.
        m_account->addItem(tr("Removed account"), config.accountId);
        accountIndex = m_account->count() - 1;
    }
    if (accountIndex < 0 && m_account->count() > 0) {
        accountIndex = 0;
    }
    m_account->setCurrentIndex(accountIndex);

    m_text->setPlainText(config.text);
    m_scheduleCheck->setChecked(config.scheduledAt.isValid());
    m_schedule->setDateTime(config.scheduledAt.isValid() ? config.scheduledAt.toLocalTime() : defaultScheduleTime());
    m_enabled->setChecked(config.enabled);
    m_text->setFocus();

    // The store's rule, not a copy of it: whatever TweetStore::update() refuses opens read-only.
    if (Models::TweetStore::isLockedForEditing(config.status)) {
        makeReadOnly(lockedReason(config));
    }
    updateCounter();
}

void TweetDialog::setUpImages(const QSqlDatabase &db, QNetworkAccessManager *network, const QUrl &artworkUrl)
{
    if (m_images) {
        return;
    }
    m_images = new ImageStrip(db, this);
    m_images->setArtwork(network, artworkUrl);
    m_images->setReadOnly(m_readOnly);
    // Below the text and its preview, above the time: what is posted, then when.
    m_form->insertRow(5, tr("Images:"), m_images);
    connect(m_images, &ImageStrip::changed, this, &TweetDialog::updateOkButton);
    // The dialog's minimum width is set by hand, so its layout no longer sets the minimum height: each
    // image row adds to it here, or the rows would be squeezed over each other (adjustSize() stops at
    // two thirds of the screen). Queued: a row added while the dialog is open is shown by its layout
    // only on the next pass of the event loop.
    connect(
        m_images, &ImageStrip::changed, this,
        [this] {
            const int needed = layout()->minimumSize().height();
            setMinimumHeight(needed);
            if (height() < needed) {
                resize(width(), needed);
            }
        },
        Qt::QueuedConnection);

    // Files dropped anywhere on the dialog; the text box would take them as text (their paths) otherwise.
    setAcceptDrops(true);
    m_text->installEventFilter(this);
    m_text->viewport()->installEventFilter(this);
    // Ctrl+V where no text box takes it (a button, the account list): the clipboard's image, if any.
    auto *paste = new QAction(this);
    paste->setObjectName(QStringLiteral("pasteImageAction"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QAction::triggered, this, &TweetDialog::pasteImages);
    addAction(paste);
}

void TweetDialog::setImages(const QList<Models::TweetImage> &images)
{
    if (m_images) {
        m_images->setImages(images);
    }
}

QList<Models::TweetImage> TweetDialog::images() const
{
    return m_images ? m_images->images() : QList<Models::TweetImage> {};
}

bool TweetDialog::imagesChanged() const
{
    return m_images && m_images->isChanged();
}

void TweetDialog::setSavedId(qint64 configId)
{
    m_config.id = configId;
    setWindowTitle(tr("Edit Tweet"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
}

void TweetDialog::pasteImages()
{
    if (m_images && !m_readOnly) {
        m_images->paste();
    }
}

void TweetDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_images && !m_readOnly && ImageStrip::hasImages(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QDialog::dragEnterEvent(event);
}

void TweetDialog::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_images && !m_readOnly && ImageStrip::hasImages(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QDialog::dragMoveEvent(event);
}

void TweetDialog::dropEvent(QDropEvent *event)
{
    if (m_images && !m_readOnly && m_images->addFromMimeData(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QDialog::dropEvent(event);
}

bool TweetDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_images || m_readOnly) {
        return QDialog::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (ImageStrip::hasImages(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (m_images->addFromMimeData(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::KeyPress:
        // In the text box, Ctrl+V with an image on the clipboard adds the image; with text, pastes text.
        if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste) && m_images->paste()) {
            return true;
        }
        break;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

void TweetDialog::setSentText(const QString &text)
{
    m_sentText = text;
    updateCounter();
}

void TweetDialog::makeReadOnly(const QString &reason)
{
    m_readOnly = true;
    setWindowTitle(tr("View Tweet"));
    if (m_images) {
        m_images->setReadOnly(true);
    }
    m_readOnlyNote->setText(reason);
    m_readOnlyNote->setVisible(true);
    // The text stays selectable (people copy what went out); everything else is plainly inactive.
    m_text->setReadOnly(true);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_account, m_scheduleCheck, m_schedule, m_enabled}) {
        widget->setEnabled(false);
    }
    findChild<QToolButton *>(QStringLiteral("placeholderButton"))->setEnabled(false);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

Models::TweetConfig TweetDialog::config() const
{
    Models::TweetConfig config = m_config;
    config.accountId = m_account->currentData().toLongLong();
    config.text = m_text->toPlainText();
    if (m_scheduleCheck->isChecked()) {
        // Entered in local time; stored as UTC plus the zone it was entered in (DESIGN.md, "Storage").
        QDateTime local = m_schedule->dateTime();
        local.setTime(QTime(local.time().hour(), local.time().minute()));
        config.scheduledAt = local.toUTC();
        config.scheduledZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    } else {
        config.scheduledAt = QDateTime();
        config.scheduledZone.clear();
    }
    config.enabled = m_enabled->isChecked();
    return config;
}

void TweetDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void TweetDialog::updateCounter()
{
    const Models::TwitterTextConfig rules;
    Models::TweetTemplateExpansion expansion = Models::expandTweetTemplate(m_text->toPlainText(), m_episode);
    if (m_readOnly && !m_sentText.isEmpty()) {
        // What went out is history: the episode's details today may fill the template in differently.
        expansion = {m_sentText, {}, {}};
    }
    const Models::TweetParseResult result = Models::parseTweet(expansion.text, rules);
    const bool blank = expansion.text.trimmed().isEmpty();
    const bool tooLong = result.weightedLength > rules.maxWeightedTweetLength;

    m_counter->setText(tr("%1 / %2").arg(result.weightedLength).arg(rules.maxWeightedTweetLength));
    updatePreview(expansion.text, tooLong ? result.validRangeEnd + 1 : -1);
    m_textAcceptable = result.valid && !blank && !tooLong;
    // The claim's own words (holdReason), so the editor and the scheduler's "held" agree.
    const auto hold = Models::textHoldReason(m_text->toPlainText(), m_episode);
    m_holdMessage = hold ? hold->heldMessage() : QString();
    m_onlyTooLong = tooLong && !blank;

    QStringList hints;
    if (tooLong) {
        // No English .qm is shipped, so the singular is spelled out rather than left to "(s)".
        const int over = result.weightedLength - rules.maxWeightedTweetLength;
        hints.append(over == 1 ? tr("Too long by 1 character.") : tr("Too long by %n characters.", nullptr, over));
        if (hold && !hold->placeholders.isEmpty()) {
            hints.append(hold->message); // "312 characters after filling in {title} (X allows 280)."
        }
        if (m_scheduleCheck->isChecked()) {
            hints.append(tr("Saved like this, it is held at its time: not posted until it fits."));
        }
    } else if (!blank && !result.valid) {
        hints.append(tr("X would refuse this text: it contains a character X does not accept."));
    }
    for (const QString &unknown : expansion.unknownPlaceholders) {
        hints.append(tr("%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.").arg(unknown));
    }
    for (const QString &empty : expansion.emptyPlaceholders) {
        hints.append(tr("%1 is empty because the episode does not have it yet.").arg(empty));
    }
    m_textHint->setText(hints.join(QLatin1Char('\n')));
    m_textHint->setVisible(!hints.isEmpty());

    // Red is the second cue, never the only one: the hint above says what is wrong in words.
    const bool problem = !blank && !m_textAcceptable;
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xB0, 0x00, 0x20) : QWidget::palette().color(QPalette::WindowText));
    m_counter->setPalette(palette);
    m_textHint->setPalette(palette);
    QFont font = m_counter->font();
    font.setBold(problem);
    m_counter->setFont(font);
    m_counter->setProperty("overLimit", problem);

    updateOkButton();
}

void TweetDialog::updatePreview(const QString &text, int overflowFrom)
{
    auto escaped = [](const QString &part) {
        return part.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    if (text.isEmpty()) {
        m_preview->clear();
        return;
    }
    if (overflowFrom < 0 || overflowFrom >= text.size()) {
        m_preview->setHtml(escaped(text));
        return;
    }
    // What X would cut off, marked by a background and a strike-through, not by colour alone.
    m_preview->setHtml(
        escaped(text.left(overflowFrom)) +
        QStringLiteral(
            "<span style=\"background-color:#fbd5d2; color:#9a1111; text-decoration:line-through\">%1</span>")
            .arg(escaped(text.mid(overflowFrom))));
}

void TweetDialog::updateOkButton()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) {
        const bool holdable = m_onlyTooLong && m_scheduleCheck->isChecked();
        // Images still being checked are not final, and an alt text too long is refused by X.
        const bool imagesReady = !m_images || (!m_images->isBusy() && m_images->problem().isEmpty());
        ok->setEnabled(!m_readOnly && (m_textAcceptable || holdable) && imagesReady && m_account->currentIndex() >= 0);
    }
}

void TweetDialog::accept()
{
    const QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_readOnly || !ok || !ok->isEnabled()) {
        return;
    }
    if (!m_textAcceptable &&
        !MessageBox::confirm(this, tr("Save a Tweet That Will Be Held?"),
                             tr("%1\n\nSaved like this, the scheduled tweet is not posted at its time: "
                                "EpisodeDesk holds it until you shorten it or the episode's details.")
                                 .arg(m_holdMessage),
                             tr("Save and Hold"), QMessageBox::Warning)) {
        return;
    }
    if (m_save) {
        QString error;
        if (!m_save(config(), &error)) {
            MessageBox::warning(this, tr("Tweet Not Saved"), tr("The tweet could not be saved. %1").arg(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace EpisodeDesk::Ui
