// The review report for an editorial meeting: open threads and suggestions per lemma.
#include "messages.h"
#include "review/review.h"

#include <QMap>

namespace trendweb {

QString reviewReport(const QList<ReviewThread> &threads, bool html,
                     const QHash<QString, QString> &names)
{
    QMap<QString, QList<const ReviewThread *>> byLemma; // by heading: "A · Title"
    for (const ReviewThread &thread : threads) {
        if (!thread.resolved)
            byLemma[names.value(thread.lemma, thread.lemma)].append(&thread);
    }
    QString out;
    const auto escape = [html](const QString &text) { return html ? text.toHtmlEscaped() : text; };
    out += html ? QStringLiteral(
                      "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                      "<title>Open opmerkingen</title></head><body>\n<h1>Open opmerkingen</h1>\n")
                : QStringLiteral("# Open opmerkingen\n\n");
    for (auto it = byLemma.begin(); it != byLemma.end(); ++it) {
        out += html ? QStringLiteral("<h2>%1</h2>\n").arg(escape(it.key()))
                    : QStringLiteral("## %1\n\n").arg(it.key());
        for (const ReviewThread *thread : it.value()) {
            QString state = thread->state == ReviewThread::State::Orphaned
                                ? ReviewText::tr(" (de passage is er niet meer)")
                                : QString();
            if (thread->isSuggestion()) {
                if (thread->state == ReviewThread::State::Outdated)
                    state = ReviewText::tr(" (verouderd: er staat nu “%1”)").arg(thread->current);
                const QString before = thread->anchor.exact.isEmpty()
                                           ? ReviewText::tr("(niets: invoegen na “%1”)")
                                                 .arg(thread->anchor.prefix.right(20))
                                           : thread->anchor.exact;
                const QString after = thread->replacement.isEmpty() ? ReviewText::tr("(weglaten)")
                                                                    : thread->replacement;
                const QString title = ReviewText::tr("Voorstel van %1").arg(thread->author);
                out +=
                    html ? QStringLiteral("<p><strong>%1</strong>%2</p>\n<p>%3: <del>%4</del>"
                                          "<br>%5: <ins>%6</ins></p>\n<ul>\n")
                               .arg(escape(title), escape(state), escape(ReviewText::tr("Was")),
                                    escape(before), escape(ReviewText::tr("Wordt")), escape(after))
                         : QStringLiteral("**%1**%2\n\n- %3: ~~%4~~\n- %5: %6\n\n")
                               .arg(title, state, ReviewText::tr("Was"), before,
                                    ReviewText::tr("Wordt"), after);
            } else {
                out += html ? QStringLiteral("<blockquote>%1</blockquote>%2\n<ul>\n")
                                  .arg(escape(thread->anchor.exact), escape(state))
                            : QStringLiteral("> %1%2\n\n").arg(thread->anchor.exact, state);
            }
            for (const ReviewMessage &message : thread->messages) {
                out += html ? QStringLiteral("<li><strong>%1</strong>: %2</li>\n")
                                  .arg(escape(message.author), escape(message.text))
                            : QStringLiteral("- **%1**: %2\n").arg(message.author, message.text);
            }
            out += html ? QStringLiteral("</ul>\n") : QStringLiteral("\n");
        }
    }
    if (html)
        out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace trendweb
