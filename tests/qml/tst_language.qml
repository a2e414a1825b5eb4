import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// The UI speaks Dutch, and English when the author chooses it.
Item {
    id: root
    width: 600
    height: 200

    StatusBar {
        id: bar
        width: 600
        wordCount: 1200
        problemCount: 3
        hasDocument: true
    }

    TestCase {
        name: "Language"
        when: windowShown

        function cleanup() { Language.choice = "nl" }

        function test_switchingToEnglishAndBack() {
            Language.choice = "nl"
            compare(Language.current, "nl")
            compare(findChild(bar, "saveState").text, "opgeslagen")
            Language.choice = "en"
            compare(Language.current, "en")
            tryCompare(findChild(bar, "saveState"), "text", "saved")
            Language.choice = "nl"
            tryCompare(findChild(bar, "saveState"), "text", "opgeslagen")
        }

        // A count takes its plural form: Dutch from trendweb_nl, English from trendweb_en.
        function test_countsTakeThePluralForm() {
            Language.choice = "nl"
            bar.errorCount = 1
            bar.problemCount = 1
            compare(findChild(bar, "problemCount").text, "1 fout")
            Language.choice = "en"
            tryCompare(findChild(bar, "problemCount"), "text", "1 error")
            bar.problemCount = 3
            compare(findChild(bar, "problemCount").text, "1 error, 2 points of attention")
            bar.errorCount = 2
            bar.problemCount = 2
            compare(findChild(bar, "problemCount").text, "2 errors")
            Language.choice = "nl"
            tryCompare(findChild(bar, "problemCount"), "text", "2 fouten")
            bar.problemCount = 3
        }
    }
}
