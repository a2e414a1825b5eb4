#include "documenteditor.h"

#include "editing/frontmatteredits.h"
#include "editing/lemmaedits.h"

#include <QQuickItem>
#include <QQuickTextDocument>
#include <QTextCursor>
#include <QTextDocument>

namespace trendweb {

DocumentEditor::DocumentEditor(QObject *parent)
    : QObject(parent)
{}

void DocumentEditor::drawAllLines()
{
    // The QQuickTextDocument belongs to its TextEdit.
    auto *item = m_textDocument ? qobject_cast<QQuickItem *>(m_textDocument->parent()) : nullptr;
    if (!item || !item->flags().testFlag(QQuickItem::ItemObservesViewport))
        return;
    item->setFlag(QQuickItem::ItemObservesViewport, false);
    // Qt's own slot for "everything changed" (as when the fonts change): the lines are
    // built again, all of them this time, in the next frame.
    QMetaObject::invokeMethod(item, "q_invalidate");
}

void DocumentEditor::setTextDocument(QQuickTextDocument *document)
{
    if (m_textDocument == document)
        return;
    disconnect(m_contentsChanged);
    m_textDocument = document;
    if (document)
        m_contentsChanged = connect(document->textDocument(), &QTextDocument::contentsChanged, this,
                                    &DocumentEditor::followStatus);
    Q_EMIT textDocumentChanged();
    followStatus();
}

QString DocumentEditor::text() const
{
    return m_textDocument ? m_textDocument->textDocument()->toPlainText() : QString();
}

void DocumentEditor::followStatus()
{
    const QString status = statusOf(text());
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

QString DocumentEditor::setStatus(const QString &status)
{
    if (!m_textDocument)
        return {};
    const Result<TextEdit> edit = statusEdit(text(), status);
    if (!edit)
        return edit.error().message;
    if (edit->start != edit->end || !edit->text.isEmpty())
        replace(edit->start, edit->end, edit->text);
    return {};
}

int DocumentEditor::insertLemmaLink(int start, int end, const QString &slug, const QString &title)
{
    if (!m_textDocument)
        return -1;
    QString label = text().mid(start, qMax(0, end - start));
    if (label.isEmpty())
        label = title;
    return replace(start, end, lemmaLinkMarkdown(label, slug));
}

int DocumentEditor::replace(int start, int end, const QString &text)
{
    if (!m_textDocument)
        return -1;
    QTextDocument *document = m_textDocument->textDocument();
    const int size = document->characterCount() - 1; // without the final paragraph mark
    start = qBound(0, start, size);
    end = qBound(start, end, size);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    ++m_revision;
    Q_EMIT edited();
    return start + int(text.size());
}

int DocumentEditor::replaceAll(const QString &text)
{
    if (!m_textDocument)
        return -1;
    const TextEdit edit = minimalEdit(m_textDocument->textDocument()->toPlainText(), text);
    if (edit.start == edit.end && edit.text.isEmpty())
        return -1;
    return replace(edit.start, edit.end, edit.text);
}

} // namespace trendweb
