#include "documenteditor.h"

#include "editing/frontmatteredits.h"
#include "editing/inlinemarks.h"
#include "editing/lemmaedits.h"
#include "editing/propertyedits.h"

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
    m_frontMatter.clear();
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
    const QString all = text();
    const int bodyStart = bodyStartOf(all);
    // Typing in the body leaves the front matter as it was: nothing more to read.
    const QStringView frontMatter = QStringView(all).left(bodyStart);
    if (bodyStart == m_bodyStart && frontMatter == m_frontMatter && m_textDocument)
        return;
    m_frontMatter = frontMatter.toString();
    const QString status = statusOf(all);
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged();
    }
    const QString title = frontMatterValue(all, QStringLiteral("title"));
    const QStringList authors = bodyStart > 0 ? authorsOf(m_frontMatter) : QStringList();
    const int target = lengthTargetOf(all);
    if (title != m_title || authors != m_authors || target != m_lengthTarget) {
        m_title = title;
        m_authors = authors;
        m_lengthTarget = target;
        Q_EMIT propertiesChanged();
    }
    if (bodyStart != m_bodyStart) {
        m_bodyStart = bodyStart;
        Q_EMIT bodyStartChanged();
    }
}

void DocumentEditor::setShowSource(bool show)
{
    if (m_showSource == show)
        return;
    m_showSource = show;
    Q_EMIT showSourceChanged();
}

QString DocumentEditor::setTitle(const QString &title)
{
    if (!m_textDocument)
        return {};
    const Result<TextEdit> edit = titleEdit(text(), title);
    if (!edit)
        return edit.error().message;
    if (edit->start != edit->end || !edit->text.isEmpty())
        replace(edit->start, edit->end, edit->text);
    return {};
}

QString DocumentEditor::setAuthors(const QStringList &authors)
{
    if (!m_textDocument)
        return {};
    const Result<QString> written = trendweb::setAuthors(text(), authors);
    if (!written)
        return written.error().message;
    replaceAll(written.value());
    return {};
}

QString DocumentEditor::setLengthTarget(int words)
{
    if (!m_textDocument)
        return {};
    const Result<TextEdit> edit = lengthTargetEdit(text(), words);
    if (!edit)
        return edit.error().message;
    if (edit->start != edit->end || !edit->text.isEmpty())
        replace(edit->start, edit->end, edit->text);
    return {};
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

QVariantList DocumentEditor::inlineMarks() const
{
    QVariantList flat;
    for (const InlineMark &mark : trendweb::inlineMarks(text(), m_bodyStart)) {
        flat << (mark.kind == InlineMark::Kind::Note ? 0 : 1) << mark.start << mark.length
             << mark.key;
    }
    return flat;
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
