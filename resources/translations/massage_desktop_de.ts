<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Audio</name>
    <message>
        <source>The voice needs the PulseAudio client library: sudo apt-get install libpulse0</source>
        <translation>Die Stimme braucht die PulseAudio-Client-Bibliothek: sudo apt-get install libpulse0</translation>
    </message>
    <message>
        <source>The voice needs the optional audio extra: %1</source>
        <translation>Die Stimme braucht das optionale Audio-Paket: %1</translation>
    </message>
    <message>
        <source>Sounds are off.</source>
        <translation>Töne sind aus.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Töne an.</translation>
    </message>
    <message>
        <source>Voice guidance is off.</source>
        <translation>Sprachausgabe ist aus.</translation>
    </message>
    <message>
        <source>Voice guidance on (%1).</source>
        <translation>Sprachausgabe an (%1).</translation>
    </message>
    <message>
        <source>This system has no %1 voice: the spoken words are %1, read by its default voice.</source>
        <translation>Auf diesem System gibt es keine Stimme für %1: Die Standardstimme liest die Worte auf %1 vor.</translation>
    </message>
    <message>
        <source>Sounds and voice on, no %1 voice.</source>
        <translation>Töne und Sprachausgabe an, keine Stimme für %1.</translation>
    </message>
    <message>
        <source>Voice on, no %1 voice.</source>
        <translation>Sprachausgabe an, keine Stimme für %1.</translation>
    </message>
    <message>
        <source>Sounds and voice on.</source>
        <translation>Töne und Sprachausgabe sind an.</translation>
    </message>
    <message>
        <source>Sounds on, voice off.</source>
        <translation>Töne an, Sprachausgabe aus.</translation>
    </message>
    <message>
        <source>Voice on, sounds off.</source>
        <translation>Sprachausgabe an, Töne aus.</translation>
    </message>
    <message>
        <source>Sounds and voice are off: each cue flashes the ring.</source>
        <translation>Töne und Sprachausgabe sind aus: Jeder Hinweis lässt den Ring aufleuchten.</translation>
    </message>
    <message>
        <source>Sounds need the miniaudio package: %1</source>
        <translation>Töne brauchen das Paket miniaudio: %1</translation>
    </message>
    <message>
        <source>No sound device was found, so cues are shown as a flash only.</source>
        <translation>Es wurde kein Audiogerät gefunden, daher werden Signale nur als Aufblinken gezeigt.</translation>
    </message>
</context>
<context>
    <name>BeforeStartSheet</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Left out for your safety</source>
        <translation>Zu Ihrer Sicherheit ausgelassen</translation>
    </message>
    <message>
        <source>Some steps run on one side only</source>
        <translation>Manche Schritte nur auf einer Seite</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Which side?</source>
        <translation>Welche Seite?</translation>
    </message>
    <message>
        <source>No side was chosen on the figure: choose one to start.</source>
        <translation>Auf der Figur wurde keine Seite gewählt: Wählen Sie eine, um zu beginnen.</translation>
    </message>
    <message>
        <source>How much tension or pain does your partner feel in each area now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spürt die massierte Person jetzt an jeder Stelle? (freiwillig)</translation>
    </message>
    <message>
        <source>How much tension or pain do you feel in each area now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spüren Sie jetzt an jeder Stelle? (freiwillig)</translation>
    </message>
    <message>
        <source>How much tension or pain does your partner feel there now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spürt die massierte Person dort jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>How much tension or pain do you feel there now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spüren Sie dort jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>Start, about %1</source>
        <translation>Starten, etwa %1</translation>
    </message>
    <message>
        <source>Resting today: %1. You stopped there because it hurt, so its steps are left out.</source>
        <translation>Heute schonen: %1. Sie haben dort wegen Schmerzen aufgehört, daher entfallen diese Schritte.</translation>
    </message>
    <message>
        <source>Both sides, one after the other</source>
        <translation>Beide Seiten, nacheinander</translation>
    </message>
    <message>
        <source>Both, one after the other: %1 first</source>
        <translation>Beide nacheinander, zuerst: %1</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Not both sides: %1 may not be massaged now.</source>
        <translation>Nicht beide Seiten, denn dies darf jetzt nicht massiert werden: %1.</translation>
    </message>
    <message>
        <source>Not this side: %1 may not be massaged now.</source>
        <translation>Nicht diese Seite, denn dies darf jetzt nicht massiert werden: %1.</translation>
    </message>
    <message>
        <source>Who is being massaged?</source>
        <translation>Wer wird massiert?</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Ich selbst</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Ein Partner</translation>
    </message>
    <message>
        <source>Start · %1</source>
        <translation>Starten · %1</translation>
    </message>
</context>
<context>
    <name>BodyMapAccessible</name>
    <message>
        <source>Choose this part of the body</source>
        <translation>Diesen Körperteil auswählen</translation>
    </message>
</context>
<context>
    <name>BodyMapLegend</name>
    <message>
        <source>FRONT</source>
        <translation>VORNE</translation>
    </message>
    <message>
        <source>BACK</source>
        <translation>HINTEN</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Arrow keys move between body regions, Enter or Space selects one, Tab goes on.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen den Körperstellen, mit Eingabe oder Leertaste wählen Sie eine aus, mit Tab geht es weiter.</translation>
    </message>
    <message>
        <source>Body map, front and back views</source>
        <translation>Körperkarte, Vorder- und Rückansicht</translation>
    </message>
    <message>
        <source>Body map, %1</source>
        <translation>Körperkarte, %1</translation>
    </message>
    <message>
        <source>front view</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <source>back view</source>
        <translation>Rückansicht</translation>
    </message>
    <message>
        <source>Front view — person&apos;s left is on your right</source>
        <translation>Vorderansicht – die linke Körperseite ist rechts von Ihnen</translation>
    </message>
    <message>
        <source>Back view — person&apos;s left is on your left</source>
        <translation>Rückansicht – die linke Körperseite ist links von Ihnen</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Rest day: not massaged today</source>
        <translation>Ruhetag: heute keine Massage</translation>
    </message>
    <message>
        <source>Matches the search</source>
        <translation>Passt zur Suche</translation>
    </message>
    <message>
        <source>Rest day: no massage today. Today&apos;s check said so.</source>
        <translation>Ruhetag: heute keine Massage. Das hat der heutige Check ergeben.</translation>
    </message>
</context>
<context>
    <name>CalendarStrip</name>
    <message numerus="yes">
        <source>Days massaged in the last %n weeks</source>
        <translation>
            <numerusform>Tage mit Massage in der letzten Woche</numerusform>
            <numerusform>Tage mit Massage in den letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Massaged on 1 day in the last %n weeks</source>
        <translation>
            <numerusform>An 1 Tag in der letzten Woche massiert</numerusform>
            <numerusform>An 1 Tag in den letzten %n Wochen massiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Massaged on %1 days in the last %n weeks</source>
        <translation>
            <numerusform>An %1 Tagen in der letzten Woche massiert</numerusform>
            <numerusform>An %1 Tagen in den letzten %n Wochen massiert</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>Qt date format (QLocale) of a month name over the calendar, e.g. &quot;May&quot;.</extracomment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>massaged</source>
        <translation>massiert</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Do not massage</source>
        <translation>Nicht massieren</translation>
    </message>
    <message>
        <source>Avoid this area or technique</source>
        <translation>Diese Stelle oder Technik meiden</translation>
    </message>
    <message>
        <source>Light pressure only</source>
        <translation>Nur leichter Druck</translation>
    </message>
    <message>
        <source>Ask a professional first</source>
        <translation>Vorher Fachleute fragen</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Is there any new swelling, redness or warmth?</source>
        <translation>Gibt es eine neue Schwellung, Rötung oder Überwärmung?</translation>
    </message>
    <message>
        <source>New swelling, redness or warmth can point to an injury or an infection.</source>
        <translation>Eine neue Schwellung, Rötung oder Überwärmung kann auf eine Verletzung oder eine Entzündung hinweisen.</translation>
    </message>
    <message>
        <source>Is there any sharp pain?</source>
        <translation>Gibt es stechende Schmerzen?</translation>
    </message>
    <message>
        <source>Sharp pain is a warning sign to stop.</source>
        <translation>Stechende Schmerzen sind ein Warnzeichen, aufzuhören.</translation>
    </message>
    <message>
        <source>Has there been an injury since the last massage?</source>
        <translation>Gab es seit der letzten Massage eine Verletzung?</translation>
    </message>
    <message>
        <source>A fresh injury needs to be checked before anyone massages it.</source>
        <translation>Eine frische Verletzung muss untersucht werden, bevor jemand sie massiert.</translation>
    </message>
    <message>
        <source>The check does not ask where, so a yes rules out massage anywhere today.</source>
        <translation>Der Check fragt nicht, wo: Ein Ja schließt heute Massage überall aus.</translation>
    </message>
    <message>
        <source>Do not massage today.</source>
        <translation>Massieren Sie heute nicht.</translation>
    </message>
    <message>
        <source>Have it checked by a doctor or other health professional before you massage again.</source>
        <translation>Lassen Sie es ärztlich oder von anderen Fachleuten abklären, bevor Sie wieder massieren.</translation>
    </message>
    <message>
        <source>If a calf is swollen, warm or red, get medical care now.</source>
        <translation>Wenn eine Wade geschwollen, warm oder gerötet ist, suchen Sie sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <source>Steps your profile rules out are skipped and shown as left out.</source>
        <translation>Schritte, die Ihr Profil ausschließt, werden übersprungen und als ausgelassen angezeigt.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Left out on: %1.</source>
        <translation>Ausgelassen bei: %1.</translation>
    </message>
    <message>
        <source>Left out here: %1.</source>
        <translation>Hier ausgelassen: %1.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside Massage Desktop. A session in progress was saved as interrupted; you can carry it on at the next start.</source>
        <translation>In Massage Desktop ist ein Fehler aufgetreten. Eine laufende Sitzung wurde als unterbrochen gespeichert; Sie können sie beim nächsten Start fortsetzen.</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
%1</translation>
    </message>
    <message>
        <source>Massage Desktop: an error occurred</source>
        <translation>Massage Desktop: Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DailyReminder</name>
    <message>
        <source>Massage Desktop</source>
        <translation>Massage Desktop</translation>
    </message>
    <message>
        <source>Open Massage Desktop</source>
        <translation>Massage Desktop öffnen</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Time for a short massage</source>
        <translation>Zeit für eine kurze Massage</translation>
    </message>
    <message>
        <source>%1 takes 5 to 10 minutes. Click here to start.</source>
        <translation>%1 dauert 5 bis 10 Minuten. Klicken Sie hier, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>EverywhereBanner</name>
    <message>
        <source>⊘ No massage for now: your health profile rules it out</source>
        <translation>⊘ Vorerst keine Massage: Ihr Gesundheitsprofil schließt sie aus</translation>
    </message>
    <message>
        <source>Review health profile…</source>
        <translation>Gesundheitsprofil prüfen…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any region</source>
        <translation>Alle Körperstellen</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>back</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>Type to search regions</source>
        <translation>Tippen, um Körperstellen zu suchen</translation>
    </message>
    <message>
        <source>Any technique or routine</source>
        <translation>Alle Techniken und Routinen</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Routine: %1</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Körperstelle:</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Nach Körperstelle filtern</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Technik:</translation>
    </message>
    <message>
        <source>Filter by technique or routine</source>
        <translation>Nach Technik oder Routine filtern</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Completed or finished</source>
        <translation>Abgeschlossen oder fertig</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Massage Desktop</source>
        <translation>Willkommen bei Massage Desktop</translation>
    </message>
    <message>
        <source>Before your first session</source>
        <translation>Vor Ihrer ersten Massage</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Does any of these apply to you?</source>
        <translation>Trifft etwas davon auf Sie zu?</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Add details in my &amp;health profile</source>
        <translation>Details im &amp;Gesundheitsprofil ergänzen</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Step-by-step massage at home, for yourself or a partner.</source>
        <translation>Massage zu Hause, Schritt für Schritt, für sich selbst oder einen Partner.</translation>
    </message>
    <message>
        <source>Pick a part of the body, follow the timed steps, and keep track of how it feels.</source>
        <translation>Wählen Sie eine Körperstelle, folgen Sie den Schritten mit Zeitangabe und halten Sie fest, wie es sich anfühlt.</translation>
    </message>
    <message>
        <source>Not medical care</source>
        <translation>Keine medizinische Behandlung</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is not medical care&lt;/b&gt; and cannot tell whether massage is safe for you. If in doubt, ask a doctor or physical therapist first.</source>
        <translation>&lt;b&gt;Die App ist keine medizinische Behandlung&lt;/b&gt; und kann nicht beurteilen, ob Massage für Sie unbedenklich ist. Fragen Sie im Zweifel vorher ärztlich oder physiotherapeutisch nach.</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>Tick what applies to you, or to the partner you massage: it counts for every session, yours and theirs. The app then leaves out what could do harm.</source>
        <translation>Wählen Sie aus, was auf Sie oder Ihren Partner zutrifft: Es gilt für jede Sitzung, Ihre und die Ihres Partners. Die App lässt dann weg, was schaden könnte.</translation>
    </message>
    <message>
        <source>Choose what applies, or “None of these”, to go on.</source>
        <translation>Wählen Sie, was zutrifft, oder „Nichts davon“, um weiterzugehen.</translation>
    </message>
    <message>
        <source>Stop rule</source>
        <translation>Stopp-Regel</translation>
    </message>
    <message>
        <source>See a doctor or physical therapist</source>
        <translation>Gehen Sie zur Ärztin, zum Arzt oder in die Physiotherapie,</translation>
    </message>
    <message>
        <source>if pain, numbness or tingling does not go away</source>
        <translation>wenn Schmerzen, Taubheit oder Kribbeln nicht vergehen</translation>
    </message>
    <message>
        <source>if an area becomes swollen, red or warm</source>
        <translation>wenn eine Stelle anschwillt, rot oder warm wird</translation>
    </message>
    <message>
        <source>if you do not know what causes the pain</source>
        <translation>wenn Sie nicht wissen, woher die Schmerzen kommen</translation>
    </message>
    <message>
        <source>I &amp;understand</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nichts davon</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Kräftig</translation>
    </message>
    <message>
        <source>On yourself</source>
        <translation>Für sich selbst</translation>
    </message>
    <message>
        <source>On a partner</source>
        <translation>Für einen Partner</translation>
    </message>
    <message>
        <source>On yourself or a partner</source>
        <translation>Für sich selbst oder einen Partner</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>about %1, suggested</source>
        <translation>etwa %1, Vorschlag der App</translation>
    </message>
    <message>
        <source>%1, from the guide “%2”</source>
        <translation>%1, aus dem Leitfaden „%2“</translation>
    </message>
    <message>
        <source> (guide: %1)</source>
        <translation> (Leitfaden: %1)</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1-mal</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, je Seite</translation>
    </message>
    <message>
        <source>Stop at once on sharp pain, numbness or tingling.</source>
        <translation>Bei stechenden Schmerzen, Taubheit oder Kribbeln sofort aufhören.</translation>
    </message>
    <message>
        <source>Do not massage if you have:</source>
        <translation>Nicht massieren bei:</translation>
    </message>
    <message>
        <source>Avoid this area or technique if you have:</source>
        <translation>Diese Stelle oder Technik meiden bei:</translation>
    </message>
    <message>
        <source>Light pressure only if you have:</source>
        <translation>Nur leichter Druck bei:</translation>
    </message>
    <message>
        <source>Ask a professional first if you have:</source>
        <translation>Vorher Fachleute fragen bei:</translation>
    </message>
    <message>
        <source>Take care if you have:</source>
        <translation>Vorsicht bei:</translation>
    </message>
    <message>
        <source>Massage Desktop&apos;s advice</source>
        <translation>Rat von Massage Desktop</translation>
    </message>
    <message>
        <source>Where not to press</source>
        <translation>Wo Sie nicht drücken</translation>
    </message>
    <message>
        <source>In your health profile, not here:</source>
        <translation>In Ihrem Gesundheitsprofil, nicht hier:</translation>
    </message>
    <message>
        <source>Not ticked in your health profile:</source>
        <translation>In Ihrem Gesundheitsprofil nicht angekreuzt:</translation>
    </message>
    <message>
        <source>Why? See Safety</source>
        <translation>Warum? Siehe Sicherheit</translation>
    </message>
    <message>
        <source>See the warnings above before you start.</source>
        <translation>Bitte lesen Sie vor dem Beginn die Warnhinweise oben.</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Für wen:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Haltung:</translation>
    </message>
    <message>
        <source>Before you start:</source>
        <translation>Bevor Sie beginnen:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>What the guides say it does</source>
        <translation>Was die Leitfäden über die Wirkung sagen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Massage guides call it: %1</source>
        <translation>In Massageanleitungen heißt das: %1</translation>
    </message>
    <message>
        <source>area names in lower case</source>
        <extracomment>Translate as &quot;keep&quot; when the names of body areas keep their capital letters inside a sentence, as German nouns do; anything else writes them in lower case.</extracomment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation>Druck:</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>Massage Desktop teaches home massage in plain steps. It is not medical advice and cannot tell whether massage is safe for you. If in doubt, ask a doctor or physical therapist first.</source>
        <translation>Massage Desktop zeigt Massage für zu Hause in einfachen Schritten. Die App ist kein medizinischer Rat und kann nicht beurteilen, ob eine Massage für Sie unbedenklich ist. Holen Sie sich im Zweifel vorher ärztlichen oder physiotherapeutischen Rat.</translation>
    </message>
    <message>
        <source>When not to massage, or to take care</source>
        <translation>Wann Sie nicht oder nur vorsichtig massieren sollten</translation>
    </message>
    <message>
        <source>General principles</source>
        <translation>Allgemeine Grundsätze</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann Sie Fachleute aufsuchen sollten</translation>
    </message>
    <message>
        <source>%1 (in that area)</source>
        <translation>%1 (an dieser Stelle)</translation>
    </message>
    <message>
        <source>Not for you right now (your health profile)</source>
        <translation>Derzeit nicht für Sie (Ihr Gesundheitsprofil)</translation>
    </message>
    <message>
        <source>Take care: light pressure only (your health profile)</source>
        <translation>Vorsicht: nur leichter Druck (Ihr Gesundheitsprofil)</translation>
    </message>
    <message>
        <source>Note from your health profile</source>
        <translation>Hinweis aus Ihrem Gesundheitsprofil</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Etwa %1</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>rest today</source>
        <translation>heute schonen</translation>
    </message>
    <message>
        <source>partly ruled out</source>
        <translation>teilweise ausgeschlossen</translation>
    </message>
    <message>
        <source>partly resting</source>
        <translation>teilweise schonen</translation>
    </message>
    <message>
        <source>partly ruled out or resting</source>
        <translation>teilweise ausgeschlossen oder schonen</translation>
    </message>
    <message>
        <source>take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>ruled out or resting</source>
        <translation>ausgeschlossen oder schonen</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>partner: rest today</source>
        <translation>Partner: heute schonen</translation>
    </message>
    <message>
        <source>partner: partly resting</source>
        <translation>Partner: teilweise schonen</translation>
    </message>
    <message>
        <source>partly ruled out or partner resting</source>
        <translation>teilweise ausgeschlossen oder Partner schonen</translation>
    </message>
    <message>
        <source>ruled out or partner resting</source>
        <translation>ausgeschlossen oder Partner schonen</translation>
    </message>
    <message>
        <source>Not on your %1: %2</source>
        <translation>%1 auslassen: %2</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Main part</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>To finish</source>
        <translation>Zum Abschluss</translation>
    </message>
    <message>
        <source>, both sides</source>
        <translation>, beide Seiten</translation>
    </message>
    <message>
        <source>%1 a side</source>
        <translation>%1 je Seite</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>about %1 min in the guide</source>
        <translation>etwa %1 min laut Leitfaden</translation>
    </message>
    <message>
        <source>Total time for your partner: about %1, with the pauses between steps · %2</source>
        <translation>Gesamtdauer für Ihren Partner: etwa %1, mit den Pausen zwischen den Schritten · %2</translation>
    </message>
    <message>
        <source>Total time for you: about %1, with the pauses between steps · %2</source>
        <translation>Gesamtdauer für Sie: etwa %1, mit den Pausen zwischen den Schritten · %2</translation>
    </message>
    <message>
        <source>your routine</source>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>More for “%1”</source>
        <translation>Mehr zu „%1“</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save as my routine</source>
        <translation>Als meine Routine speichern</translation>
    </message>
    <message>
        <source>Total time: about %1, with the pauses between steps</source>
        <translation>Gesamtdauer: etwa %1, mit den Pausen zwischen den Schritten</translation>
    </message>
    <message>
        <source>For the other side: “%1” when you start.</source>
        <translation>Für die andere Seite: beim Start „%1“ wählen.</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Druck: %1</translation>
    </message>
    <message>
        <source>…and %1 more in the full guide below.</source>
        <translation>…und %1 weitere in der vollständigen Anleitung unten.</translation>
    </message>
    <message>
        <source>You choose the side when you start.</source>
        <translation>Die Seite wählen Sie beim Start.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>Last time today</source>
        <translation>Zuletzt heute</translation>
    </message>
    <message>
        <source>Last time yesterday</source>
        <translation>Zuletzt gestern</translation>
    </message>
    <message>
        <source>Last time %1</source>
        <translation>Zuletzt am %1</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Techniques for this region</source>
        <translation>Techniken für diese Körperstelle</translation>
    </message>
    <message>
        <source>Routines that include this region</source>
        <translation>Routinen mit dieser Körperstelle</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Technique guide</source>
        <translation>Anleitung zur Technik</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Zuletzt massiert</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Full guide</source>
        <translation>Vollständige Anleitung</translation>
    </message>
    <message>
        <source>Techniques (%1)</source>
        <translation>Techniken (%1)</translation>
    </message>
    <message>
        <source>Routines (%1)</source>
        <translation>Routinen (%1)</translation>
    </message>
    <message>
        <source>Where would you like a massage?</source>
        <translation>Wo möchten Sie massieren?</translation>
    </message>
    <message>
        <source>Click a part of the body on the figure, or find it by name with the search field. Or start with one of these routines:</source>
        <translation>Klicken Sie auf eine Körperstelle auf der Figur oder finden Sie sie mit dem Suchfeld. Oder beginnen Sie mit einer dieser Routinen:</translation>
    </message>
    <message>
        <source>Routine · includes %1 (%2 is left out)</source>
        <translation>Routine · umfasst: %1 (%2 entfällt)</translation>
    </message>
    <message>
        <source>Routine · %1 is left out</source>
        <translation>Routine · %1 entfällt</translation>
    </message>
    <message>
        <source>Routine · includes %1</source>
        <translation>Routine · umfasst: %1</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>your partner&apos;s %1</source>
        <translation>%1 Ihres Partners</translation>
    </message>
    <message>
        <source>No massage for now: your health profile rules it out.</source>
        <translation>Vorerst keine Massage: Ihr Gesundheitsprofil schließt sie aus.</translation>
    </message>
    <message>
        <source>Rest today: %1. You stopped there because it hurt.</source>
        <translation>Heute schonen: %1. Sie haben dort wegen Schmerzen aufgehört.</translation>
    </message>
    <message>
        <source>Your partner&apos;s area rests today: you stopped a session on it here because it hurt. Massage it again tomorrow at the earliest.</source>
        <translation>Bei Ihrem Partner heute schonen: Sie haben hier eine Sitzung wegen Schmerzen beendet. Massieren Sie diese Stelle frühestens morgen wieder.</translation>
    </message>
    <message>
        <source>Resting today: you stopped a session here because it hurt. Massage it again tomorrow at the earliest.</source>
        <translation>Heute schonen: Sie haben hier eine Sitzung wegen Schmerzen beendet. Massieren Sie diese Stelle frühestens morgen wieder.</translation>
    </message>
    <message>
        <source>Runs on the right side only.</source>
        <translation>Läuft nur auf der rechten Seite.</translation>
    </message>
    <message>
        <source>Runs on the left side only.</source>
        <translation>Läuft nur auf der linken Seite.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Runs on the right side only: %1 are resting today because they hurt.</source>
        <translation>Läuft nur auf der rechten Seite: %1 werden heute geschont, weil sie wehgetan haben.</translation>
    </message>
    <message>
        <source>Runs on the left side only: %1 are resting today because they hurt.</source>
        <translation>Läuft nur auf der linken Seite: %1 werden heute geschont, weil sie wehgetan haben.</translation>
    </message>
    <message>
        <source>Runs on the right side only: your health profile rules out %1.</source>
        <translation>Läuft nur auf der rechten Seite: Ihr Gesundheitsprofil schließt %1 aus.</translation>
    </message>
    <message>
        <source>Runs on the left side only: your health profile rules out %1.</source>
        <translation>Läuft nur auf der linken Seite: Ihr Gesundheitsprofil schließt %1 aus.</translation>
    </message>
    <message>
        <source>%1: your health profile rules out %2.</source>
        <translation>%1: Ihr Gesundheitsprofil schließt %2 aus.</translation>
    </message>
    <message>
        <source>%1, as your health profile asks.</source>
        <translation>%1, wie Ihr Gesundheitsprofil es verlangt.</translation>
    </message>
    <message>
        <source>%1: ruled out by your health profile (%2) or resting today because it hurt (%3).</source>
        <translation>%1: von Ihrem Gesundheitsprofil ausgeschlossen (%2) oder heute geschont, weil es wehgetan hat (%3).</translation>
    </message>
    <message>
        <source>%1, over %2: resting today because it hurt.</source>
        <translation>%1 – heute geschont, weil es wehgetan hat: %2.</translation>
    </message>
    <message>
        <source>Runs on the right side only: %1 is resting today because it hurt.</source>
        <translation>Läuft nur auf der rechten Seite: %1 wird heute geschont, weil es wehgetan hat.</translation>
    </message>
    <message>
        <source>Rest day: see the notice above.</source>
        <translation>Ruhetag: siehe Hinweis oben.</translation>
    </message>
    <message>
        <source>Runs on the left side only: %1 is resting today because it hurt.</source>
        <translation>Läuft nur auf der linken Seite: %1 wird heute geschont, weil es wehgetan hat.</translation>
    </message>
    <message>
        <source>Ruled out by your health profile: %1.</source>
        <translation>Von Ihrem Gesundheitsprofil ausgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Ruled out by your health profile.</source>
        <translation>Von Ihrem Gesundheitsprofil ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 + %2 to get ready and switch sides</source>
        <translation>%1 + %2 zum Vorbereiten und Seitenwechsel</translation>
    </message>
    <message>
        <source>%1 + %2 to get ready</source>
        <translation>%1 + %2 zum Vorbereiten</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Start: %1 · %2</source>
        <translation>Start: %1 · %2</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start · %1</source>
        <translation>Starten · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The guided player is not available yet.</source>
        <translation>Die angeleitete Wiedergabe ist noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>HealthCheckBanner</name>
    <message>
        <source>Health check</source>
        <translation>Gesundheitscheck</translation>
    </message>
    <message>
        <source>Health check not done yet · takes about 1 min</source>
        <translation>Gesundheitscheck noch offen · etwa 1&#xa0;Min.</translation>
    </message>
    <message>
        <source>Do it &amp;now</source>
        <translation>&amp;Jetzt erledigen</translation>
    </message>
    <message>
        <source>Tick what applies to you, so the app can leave out what could do harm</source>
        <translation>Wählen Sie aus, was auf Sie zutrifft, damit die App weglässt, was schaden könnte</translation>
    </message>
</context>
<context>
    <name>HealthProfileDialog</name>
    <message>
        <source>A professional has cleared it</source>
        <translation>Von Fachleuten freigegeben</translation>
    </message>
    <message>
        <source>My doctor, surgeon or physical therapist has said massage is fine</source>
        <translation>Meine Ärztin, mein Arzt oder meine Physiotherapie hat die Massage erlaubt</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>Gesundheitsprofil</translation>
    </message>
    <message>
        <source>Your health profile</source>
        <translation>Ihr Gesundheitsprofil</translation>
    </message>
    <message>
        <source>Tick anything that applies to you, or to the partner you massage: it counts for every session, yours and theirs. The app then leaves out, or asks you to go gently with, the massage that could do harm. This is not a diagnosis: if you are unsure, ask your doctor.</source>
        <translation>Kreuzen Sie alles an, was auf Sie oder Ihren Partner zutrifft: Es gilt für jede Sitzung, Ihre und die Ihres Partners. Die App lässt dann Massage aus, die schaden könnte, oder bittet Sie, dabei sanft vorzugehen. Das ist keine Diagnose: Fragen Sie im Zweifel Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message numerus="yes">
        <source>Lighter: 1 session; strongest: %n sessions</source>
        <translation>
            <numerusform>Heller: 1 Sitzung; am kräftigsten: %n Sitzung</numerusform>
            <numerusform>Heller: 1 Sitzung; am kräftigsten: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat map key</source>
        <translation>Legende der Wärmekarte</translation>
    </message>
    <message>
        <source>Nothing massaged in this period.</source>
        <translation>In diesem Zeitraum nichts massiert.</translation>
    </message>
    <message>
        <source>Each tinted region: 1 session</source>
        <translation>Jede getönte Region: 1 Sitzung</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message numerus="yes">
        <source>Not massaged in the last %n days</source>
        <translation>
            <numerusform>Am letzten Tag nicht massiert</numerusform>
            <numerusform>In den letzten %n Tagen nicht massiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not massaged in the last %n days</source>
        <translation>
            <numerusform>Am letzten Tag &amp;nicht massiert</numerusform>
            <numerusform>In den letzten %n Tagen &amp;nicht massiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Massaged in %n sessions</source>
        <translation>
            <numerusform>In %n Sitzung massiert</numerusform>
            <numerusform>In %n Sitzungen massiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Body map of where you massaged</source>
        <translation>Körperkarte der massierten Stellen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Heat map period</source>
        <translation>Zeitraum der Wärmekarte</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Most massaged regions</source>
        <translation>Am häufigsten massierte Körperstellen</translation>
    </message>
    <message>
        <source>Most massaged regions (sessions)</source>
        <translation>Am häufigsten massierte Körperstellen (Sitzungen)</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>Massaged in 1 session</source>
        <translation>In 1 Sitzung massiert</translation>
    </message>
    <message>
        <source>Most massaged regions, yours and your partner&apos;s together (sessions)</source>
        <translation>Am häufigsten massierte Körperstellen, Ihre und die Ihres Partners zusammen (Sitzungen)</translation>
    </message>
    <message>
        <source>Body map of where you massaged yourself and your partner, together</source>
        <translation>Körperkarte der massierten Stellen, bei Ihnen und Ihrem Partner zusammen</translation>
    </message>
    <message>
        <source>Most massaged regions on your partner (sessions)</source>
        <translation>Am häufigsten massierte Körperstellen Ihres Partners (Sitzungen)</translation>
    </message>
    <message>
        <source>Body map of where you massaged your partner</source>
        <translation>Körperkarte der bei Ihrem Partner massierten Stellen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Massaged on %n days this week</source>
        <translation>
            <numerusform>Diese Woche an %n Tag massiert</numerusform>
            <numerusform>Diese Woche an %n Tagen massiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions, %1 massage time</source>
        <translation>
            <numerusform>%n Sitzung, %1 Massagezeit</numerusform>
            <numerusform>%n Sitzungen, %1 Massagezeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: average before %2, after %3 over %n sessions</source>
        <translation>
            <numerusform>%1: im Schnitt vorher %2, nachher %3 in %n Sitzung</numerusform>
            <numerusform>%1: im Schnitt vorher %2, nachher %3 in %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions, none with massage time</source>
        <translation>
            <numerusform>%n Sitzung, ohne Massagezeit</numerusform>
            <numerusform>%n Sitzungen, keine mit Massagezeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, plus %n without massage time</source>
        <translation>
            <numerusform>%1, dazu %n ohne Massagezeit</numerusform>
            <numerusform>%1, dazu %n ohne Massagezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Bis zum Ende übersprungen</translation>
    </message>
    <message>
        <source>Mostly skipped</source>
        <translation>Größtenteils übersprungen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 of %2 parts done</source>
        <translation>%1 von %2 Teilen erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1, %2 on one side only</source>
        <translation>%1, %2 nur auf einer Seite</translation>
    </message>
    <message>
        <source>%1, %2 skipped</source>
        <translation>%1, %2 übersprungen</translation>
    </message>
    <message>
        <source>%1, %2 left out for safety</source>
        <translation>%1, %2 aus Sicherheitsgründen ausgelassen</translation>
    </message>
    <message>
        <source>0 of 1 part finished</source>
        <translation>0 von 1 Teil abgeschlossen</translation>
    </message>
    <message>
        <source>0 of 1 step finished</source>
        <translation>0 von 1 Schritt abgeschlossen</translation>
    </message>
    <message>
        <source>0 of %1 parts finished</source>
        <translation>0 von %1 Teilen abgeschlossen</translation>
    </message>
    <message>
        <source>0 of %1 steps finished</source>
        <translation>0 von %1 Schritten abgeschlossen</translation>
    </message>
    <message>
        <source>no part finished</source>
        <translation>kein Teil abgeschlossen</translation>
    </message>
    <message>
        <source>no step finished</source>
        <translation>kein Schritt abgeschlossen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Blocked (safety)</source>
        <translation>Gesperrt (Sicherheit)</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Stopped – it hurt</source>
        <translation>Abgebrochen – Schmerzen</translation>
    </message>
    <message>
        <source>Stopped here</source>
        <translation>Hier beendet</translation>
    </message>
    <message>
        <source>Yourself</source>
        <translation>Sie selbst</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Ein Partner</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1, not counting %2 on the oil or warming the hands</source>
        <translation>%1, nicht mitgezählt: %2 für das Öl oder das Anwärmen der Hände</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date format (QLocale) of a full date, e.g. &quot;Monday 4 May 2026&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Qt date format (QLocale) of a short date for charts, e.g. &quot;4 May&quot;.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 (no end recorded)</source>
        <translation>%1 (kein Ende aufgezeichnet)</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>Qt date format (QLocale) of the end day of a session that ran past midnight.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>No massage time yet this week</source>
        <translation>Diese Woche noch keine Massagezeit</translation>
    </message>
    <message>
        <source>Massaged on 1 day this week</source>
        <translation>Diese Woche an 1 Tag massiert</translation>
    </message>
    <message>
        <source>1 session, without massage time</source>
        <translation>1 Sitzung, ohne Massagezeit</translation>
    </message>
    <message>
        <source>1 session, %1 massage time</source>
        <translation>1 Sitzung, %1 Massagezeit</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source> (no change)</source>
        <translation> (unverändert)</translation>
    </message>
    <message>
        <source> (%1 better)</source>
        <translation> (%1 besser)</translation>
    </message>
    <message>
        <source> (%1 worse)</source>
        <translation> (%1 schlechter)</translation>
    </message>
    <message>
        <source>%1: no sessions with ratings before and after yet.</source>
        <translation>%1: noch keine Sitzungen mit Bewertungen vorher und nachher.</translation>
    </message>
    <message>
        <source>%1: average before %2, after %3 over 1 session</source>
        <translation>%1: im Schnitt vorher %2, nachher %3 in 1 Sitzung</translation>
    </message>
    <message>
        <source>not massaged</source>
        <translation>nicht massiert</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>Saved %n sessions.</source>
        <translation>
            <numerusform>%n Sitzung gespeichert.</numerusform>
            <numerusform>%n Sitzungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session history could not be opened this time, so there is nothing to show or import into. Sessions you do now are kept in memory: File ▸ Backup ▸ Export unsaved sessions saves them.</source>
        <translation>Ihr Sitzungsverlauf konnte diesmal nicht geöffnet werden. Deshalb gibt es nichts anzuzeigen und nichts, wohin importiert werden könnte. Sitzungen, die Sie jetzt machen, bleiben im Arbeitsspeicher: Datei ▸ Sicherung ▸ Ungesicherte Sitzungen exportieren speichert sie.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backup copies yet.</source>
        <translation>Es gibt noch keine Sicherungskopien.</translation>
    </message>
    <message>
        <source>Which copy should replace your history? Sessions recorded after it are kept in a separate file, not deleted.</source>
        <translation>Welche Kopie soll Ihren Verlauf ersetzen? Danach aufgezeichnete Sitzungen werden in einer eigenen Datei aufbewahrt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>The copy is put back when you next start Massage Desktop. Quit and start it again to use it now.</source>
        <translation>Die Kopie wird beim nächsten Start von Massage Desktop eingesetzt. Beenden Sie das Programm und starten Sie es neu, um sie jetzt zu verwenden.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Every session is saved in your history: there is nothing to export here. Only when the history cannot be written (a full or read-only disk) does the app keep new sessions in memory and say so; this then saves them to a file.</source>
        <translation>Jede Sitzung ist in Ihrem Verlauf gespeichert: Hier gibt es nichts zu exportieren. Nur wenn der Verlauf nicht geschrieben werden kann (volle oder schreibgeschützte Festplatte), behält die App neue Sitzungen im Arbeitsspeicher und sagt es Ihnen; dann speichert dies sie in eine Datei.</translation>
    </message>
    <message>
        <source>Export unsaved sessions</source>
        <translation>Ungesicherte Sitzungen exportieren</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message numerus="yes">
        <source>Exporting %n sessions…</source>
        <translation>
            <numerusform>%n Sitzung wird exportiert…</numerusform>
            <numerusform>%n Sitzungen werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %2 duplicates skipped.</source>
        <translation>
            <numerusform>%1 importiert, %2 Duplikate übersprungen.</numerusform>
            <numerusform>%1 importiert, %2 Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 sessions (one row per step) to %2.</source>
        <translation>
            <numerusform>%1 Sitzung (eine Zeile pro Schritt) nach %2 exportiert.</numerusform>
            <numerusform>%1 Sitzungen (eine Zeile pro Schritt) nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 sessions to %2.</source>
        <translation>
            <numerusform>%1 Sitzung nach %2 exportiert.</numerusform>
            <numerusform>%1 Sitzungen nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>History export (*.json)</source>
        <translation>Verlaufsexport (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per step (*.csv)</source>
        <translation>Tabelle, eine Zeile pro Schritt (*.csv)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>%1 wird geprüft und importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported 1 session (one row per step) to %2.</source>
        <translation>1 Sitzung (eine Zeile pro Schritt) nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported 1 session to %2.</source>
        <translation>1 Sitzung nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History — %1</source>
        <translation>Verlauf – %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>The notes were not saved. %1</source>
        <translation>Die Notizen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Sitzung gelöscht.</translation>
    </message>
    <message>
        <source>Session of %1 deleted.</source>
        <translation>Sitzung vom %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>InterruptedSessions</name>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>Qt date format (QLocale): weekday, day of the month, month, e.g. &quot;Monday 04 May&quot;.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>1 step done</source>
        <translation>1 Schritt erledigt</translation>
    </message>
    <message>
        <source>This session did not finish. Resume where you left off? If you discard it, the steps you did stay in your history.</source>
        <translation>Diese Sitzung wurde nicht beendet. Möchten Sie dort weitermachen, wo Sie aufgehört haben? Wenn Sie sie verwerfen, bleiben die erledigten Schritte in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Resume at step %1</source>
        <translation>Bei Schritt %1 weitermachen</translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation>Nicht beendete Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n steps done</source>
        <translation>
            <numerusform>%n Schritt erledigt</numerusform>
            <numerusform>%n Schritte erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Guided home massage, written from five massage guides. Not medical advice. All your data stays on this computer.</source>
        <translation>Angeleitete Massage für zu Hause, nach fünf Massage-Leitfäden. Kein medizinischer Rat. Alle Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Lizenz: MIT.</translation>
    </message>
    <message>
        <source>The icons were drawn for this project and share its licence.</source>
        <translation>Die Symbole wurden für dieses Projekt gezeichnet und stehen unter derselben Lizenz.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6), LGPLv3: windows, body map, printing</source>
        <translation>Qt for Python (PySide6), LGPLv3: Fenster, Körperkarte, Drucken</translation>
    </message>
    <message>
        <source>pydantic, platformdirs, PyYAML and miniaudio, all MIT</source>
        <translation>pydantic, platformdirs, PyYAML und miniaudio, alle MIT</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&amp;App settings…</source>
        <translation>&amp;App-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Health profile…</source>
        <translation>&amp;Gesundheitsprofil…</translation>
    </message>
    <message>
        <source>&amp;Take today&apos;s quick check again…</source>
        <translation>&amp;Heutigen Check noch einmal machen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>Import r&amp;outine…</source>
        <translation>R&amp;outine importieren…</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;unsaved sessions…</source>
        <translation>&amp;Ungesicherte Sitzungen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Print routine…</source>
        <translation>Routine &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>F&amp;ront of the body</source>
        <translation>&amp;Vorderseite des Körpers</translation>
    </message>
    <message>
        <source>Fit fi&amp;gure</source>
        <translation>Figur &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Back of the body</source>
        <translation>&amp;Rückseite des Körpers</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Safety information</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>&amp;About Massage Desktop</source>
        <translation>&amp;Über Massage Desktop</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Also in this step</source>
        <translation>Auch in diesem Schritt</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Meiden</translation>
    </message>
    <message>
        <source>Map key</source>
        <translation>Legende der Karte</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Click a body part</source>
        <translation>Klicken Sie auf eine Körperstelle</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Region under the pointer</source>
        <translation>Körperstelle unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit the figure to the window (0)</source>
        <translation>Die Figur in das Fenster einpassen (0)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n backup copies exist; the newest is from %1. File ▸ Backup ▸ Restore a backup brings one back.</source>
        <translation>
            <numerusform>Es gibt %n Sicherungskopie, die neueste vom %1. Datei ▸ Sicherung ▸ Sicherung wiederherstellen holt sie zurück.</numerusform>
            <numerusform>Es gibt %n Sicherungskopien, die neueste vom %1. Datei ▸ Sicherung ▸ Sicherung wiederherstellen holt eine zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n settings had values this version cannot use and are back to their defaults: %1. Everything else is as you left it.</source>
        <translation>
            <numerusform>Diese %n Einstellung hatte einen Wert, den diese Version nicht verwenden kann, und steht wieder auf ihrem Standard: %1. Alles andere ist, wie Sie es hinterlassen haben.</numerusform>
            <numerusform>Diese %n Einstellungen hatten Werte, die diese Version nicht verwenden kann, und stehen wieder auf ihren Standards: %1. Alles andere ist, wie Sie es hinterlassen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 could not be used and were left as they are:
%2</source>
        <translation>
            <numerusform>%n Datei in %1 konnte nicht verwendet werden und blieb unverändert:
%2</numerusform>
            <numerusform>%n Dateien in %1 konnten nicht verwendet werden und blieben unverändert:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions in %2 are not valid, so nothing was imported.</source>
        <translation>
            <numerusform>%1 von %n Sitzung in %2 ist nicht gültig, daher wurde nichts importiert.</numerusform>
            <numerusform>%1 von %n Sitzungen in %2 sind nicht gültig, daher wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write your data folder</source>
        <translation>Ihr Datenordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Your session history cannot be opened</source>
        <translation>Ihr Sitzungsverlauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Your session history is read-only</source>
        <translation>Ihr Sitzungsverlauf ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Your sessions cannot be saved</source>
        <translation>Ihre Sitzungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Settings were damaged</source>
        <translation>Einstellungen waren beschädigt</translation>
    </message>
    <message>
        <source>Some settings were reset</source>
        <translation>Einige Einstellungen wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>Health profile not saved</source>
        <translation>Gesundheitsprofil nicht gespeichert</translation>
    </message>
    <message>
        <source>Health profile could not be read</source>
        <translation>Gesundheitsprofil konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Health profile was damaged</source>
        <translation>Gesundheitsprofil war beschädigt</translation>
    </message>
    <message>
        <source>Some of your routines were skipped</source>
        <translation>Einige Ihrer Routinen wurden übersprungen</translation>
    </message>
    <message>
        <source>Your routine was not changed</source>
        <translation>Ihre Routine wurde nicht geändert</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>Die Routine wurde nicht importiert</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importiert</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>Die Routine wurde nicht exportiert</translation>
    </message>
    <message>
        <source>The history was not exported</source>
        <translation>Der Verlauf wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Routine exportiert</translation>
    </message>
    <message>
        <source>Your changes apply until you close the app.</source>
        <translation>Ihre Änderungen gelten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Please open Health profile and tick your conditions again, so the app can warn you.</source>
        <translation>Bitte öffnen Sie das Gesundheitsprofil und kreuzen Sie Ihre Beschwerden erneut an, damit die App Sie warnen kann.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Sessions will not be saved until this is fixed.</source>
        <translation>%1 ist eine Datei, kein Ordner. Sitzungen werden erst gespeichert, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>%1 could not be created (%2). Sessions will not be saved until this is fixed.</source>
        <translation>%1 konnte nicht angelegt werden (%2). Sitzungen werden erst gespeichert, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1). Your history is as it was; try again later.</source>
        <translation>Die Sicherung konnte nicht eingespielt werden (%1). Ihr Verlauf ist unverändert; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Your session history was restored from %1.</source>
        <translation>Ihr Sitzungsverlauf wurde aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 You can still use everything; sessions are kept in memory until you close the app, and File ▸ Backup ▸ Export history saves them.</source>
        <translation>%1 Sie können weiterhin alles nutzen; Sitzungen bleiben im Speicher, bis Sie die App schließen, und Datei ▸ Sicherung ▸ Verlauf exportieren sichert sie.</translation>
    </message>
    <message>
        <source>New sessions are kept in memory until you close the app; File ▸ Backup ▸ Export history saves them.</source>
        <translation>Neue Sitzungen bleiben im Speicher, bis Sie die App schließen; Datei ▸ Sicherung ▸ Verlauf exportieren sichert sie.</translation>
    </message>
    <message>
        <source>%1 The session goes on and is kept in memory until you close the app. Use File ▸ Backup ▸ Export history to save it somewhere else.</source>
        <translation>%1 Die Sitzung läuft weiter und bleibt im Speicher, bis Sie die App schließen. Mit Datei ▸ Sicherung ▸ Verlauf exportieren können Sie sie an einem anderen Ort sichern.</translation>
    </message>
    <message>
        <source>The history file was damaged and could not be read. It was kept as %1 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt und konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>1 backup copy exists; the newest is from %1. File ▸ Backup ▸ Restore a backup brings one back.</source>
        <translation>Es gibt 1 Sicherungskopie vom %1. Datei ▸ Sicherung ▸ Sicherung wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <source>There are no backup copies to restore.</source>
        <translation>Es gibt keine Sicherungskopien zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The history file is read-only: past sessions can be viewed, but new ones are kept only until the app closes. Export them before quitting.</source>
        <translation>Die Verlaufsdatei ist schreibgeschützt: Frühere Sitzungen können angesehen werden, neue bleiben aber nur erhalten, bis die App geschlossen wird. Exportieren Sie sie vor dem Beenden.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>Der Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>You do not have permission to write %1.</source>
        <translation>Sie haben keine Schreibrechte für %1.</translation>
    </message>
    <message>
        <source>The settings file could not be written (%1).</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). The default settings are used for now.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Vorerst werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the default settings are used.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden, daher werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>This setting had a value this version cannot use and is back to its default: %1. Everything else is as you left it.</source>
        <translation>Diese Einstellung hatte einen Wert, den diese Version nicht verwenden kann, und steht wieder auf ihrem Standard: %1. Alles andere ist, wie Sie es hinterlassen haben.</translation>
    </message>
    <message>
        <source>Your health profile could not be written to %1 (%2). It applies until you close the app.</source>
        <translation>Ihr Gesundheitsprofil konnte nicht in %1 geschrieben werden (%2). Es gilt, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>A copy of the old file was kept as %1.</source>
        <translation>Eine Kopie der alten Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” could not be changed on disk (%2).</source>
        <translation>„%1“ konnte auf dem Datenträger nicht geändert werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was added: %1 cannot be used.
%2</source>
        <translation>Es wurde nichts hinzugefügt: %1 kann nicht verwendet werden.
%2</translation>
    </message>
    <message>
        <source>“%1” is now among your routines.</source>
        <translation>„%1“ ist jetzt unter Ihren Routinen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>“%1” was saved to %2.</source>
        <translation>„%1“ wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a .json or .csv file name.</source>
        <translation>%1 kann nicht exportiert werden: Wählen Sie einen Dateinamen mit .json oder .csv.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet (CSV) export, which cannot be imported. Import the .json export instead.</source>
        <translation>%1 ist ein Tabellen-Export (CSV) und kann nicht importiert werden. Importieren Sie stattdessen den .json-Export.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not a history export.</source>
        <translation>%1 ist keine normale Datei und daher kein Verlaufsexport.</translation>
    </message>
    <message>
        <source>%1 is too large to be a history export (the limit is %2 MB).</source>
        <translation>%1 ist zu groß für einen Verlaufsexport (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>%1 holds a session too long to be part of a history export.</source>
        <translation>%1 enthält eine Sitzung, die für einen Verlaufsexport zu lang ist.</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be a history export.</source>
        <translation>%1 ist zu tief verschachtelt für einen Verlaufsexport.</translation>
    </message>
    <message>
        <source>%1 is not a text file, so it is not a history export.</source>
        <translation>%1 ist keine Textdatei und daher kein Verlaufsexport.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so it is not a history export.</source>
        <translation>%1 ist kein UTF-8-Text und daher kein Verlaufsexport.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desktop history export.</source>
        <translation>%1 ist kein Verlaufsexport von Massage Desktop.</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Massage Desktop.</source>
        <translation>%1 wurde von einer neueren Version von Massage Desktop erstellt.</translation>
    </message>
    <message>
        <source>%1 has no list of sessions.</source>
        <translation>%1 enthält keine Liste von Sitzungen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>ein Teil des Pfades ist kein Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>der Datenträger meldete einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was lost.</source>
        <translation>Der Datenträger ist voll. Bitte schaffen Sie Platz; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The history file or its folder is read-only.</source>
        <translation>Die Verlaufsdatei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The history file is damaged. Restart the app to repair it.</source>
        <translation>Die Verlaufsdatei ist beschädigt. Starten Sie die App neu, um sie zu reparieren.</translation>
    </message>
    <message>
        <source>Another program is using the history file.</source>
        <translation>Ein anderes Programm verwendet gerade die Verlaufsdatei.</translation>
    </message>
    <message>
        <source>The history was saved by a newer version of Massage Desktop, so this version left it untouched. Update the app to see your history.</source>
        <translation>Der Verlauf wurde von einer neueren Version von Massage Desktop gespeichert; diese Version lässt ihn deshalb unverändert. Aktualisieren Sie die App, um Ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The folder for your history could not be created.</source>
        <translation>Der Ordner für Ihren Verlauf konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file is damaged and could not be moved aside.</source>
        <translation>Die Verlaufsdatei ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>No backup could be made before upgrading the history, so the file was left as it was.</source>
        <translation>Vor dem Aktualisieren des Verlaufs konnte keine Sicherung angelegt werden; die Datei blieb deshalb unverändert.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between setting names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this computer: no speech engine was found.</source>
        <translation>Die Sprachausgabe ist auf diesem Computer nicht verfügbar: Es wurde kein Sprachsynthese-Programm gefunden.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this computer: the speech engine is not set up.</source>
        <translation>Die Sprachausgabe ist auf diesem Computer nicht verfügbar: Das Sprachsynthese-Programm ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this computer: the sound output could not be used.</source>
        <translation>Die Sprachausgabe ist auf diesem Computer nicht verfügbar: Die Tonausgabe konnte nicht genutzt werden.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this computer: the speech engine failed.</source>
        <translation>Die Sprachausgabe ist auf diesem Computer nicht verfügbar: Das Sprachsynthese-Programm hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Massage timer</source>
        <translation>Massage-Timer</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message numerus="yes">
        <source>No massage time in the last %n weeks.</source>
        <translation>
            <numerusform>Keine Massagezeit in der letzten Woche.</numerusform>
            <numerusform>Keine Massagezeit in den letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Minutes massaged per week</source>
        <translation>Massageminuten pro Woche</translation>
    </message>
    <message>
        <source>This week %1; weekly average %2; most %3 in the week of %4.</source>
        <translation>Diese Woche %1; im Wochenschnitt %2; am meisten %3 in der Woche vom %4.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 – %2: %3 in %4</source>
        <translation>%1 – %2: %3 in %4</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation>
            <numerusform>Letzte Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, last %n weeks</source>
        <translation>
            <numerusform>Minuten pro Woche, letzte Woche</numerusform>
            <numerusform>Minuten pro Woche, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Sessions and massage time</source>
        <translation>Sitzungen und Massagezeit</translation>
    </message>
</context>
<context>
    <name>PlayerCommand</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>−15 s</source>
        <translation>−15 s</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Stop – it hurts</source>
        <translation>Stopp – es tut weh</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-Timer</translation>
    </message>
    <message>
        <source>Room mode</source>
        <translation>Großansicht</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not shorter than %1 s for this step.</source>
        <translation>Nicht kürzer als %1 s für diesen Schritt.</translation>
    </message>
</context>
<context>
    <name>PlayerDisplay</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n steps left out for safety)</source>
        <translation>
            <numerusform>(%n Schritt aus Sicherheitsgründen ausgelassen)</numerusform>
            <numerusform>(%n Schritte aus Sicherheitsgründen ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massieren</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>ready when you are</source>
        <translation>bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>vorbereiten</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>massieren</translation>
    </message>
    <message>
        <source>count</source>
        <translation>zählen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>right side, then left</source>
        <translation>rechte Seite, dann links</translation>
    </message>
    <message>
        <source>left side, then right</source>
        <translation>linke Seite, dann rechts</translation>
    </message>
    <message>
        <source>right side (2nd side)</source>
        <translation>rechte Seite (2. Seite)</translation>
    </message>
    <message>
        <source>left side (2nd side)</source>
        <translation>linke Seite (2. Seite)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Bis zum Ende übersprungen</translation>
    </message>
    <message>
        <source>Mostly skipped</source>
        <translation>Größtenteils übersprungen</translation>
    </message>
    <message>
        <source>Your own hands</source>
        <translation>Ihre eigenen Hände</translation>
    </message>
    <message>
        <source>In your own time</source>
        <translation>In Ihrem Tempo</translation>
    </message>
    <message>
        <source>press Done when ready</source>
        <translation>„Fertig“ drücken, wenn Sie so weit sind</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>Stopped in part %1 of %2</source>
        <translation>Abgebrochen in Teil %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, beide Seiten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Left side · %1</source>
        <translation>Linke Seite · %1</translation>
    </message>
    <message>
        <source>Right side · %1</source>
        <translation>Rechte Seite · %1</translation>
    </message>
    <message>
        <source>press Done when finished</source>
        <translation>danach „Fertig“ drücken</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2</source>
        <translation>Abgebrochen bei Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1, part %2</source>
        <translation>%1, Teil %2</translation>
    </message>
    <message>
        <source>%1 · part %2</source>
        <translation>%1 · Teil %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>%1 · step %2</source>
        <translation>%1 · Schritt %2</translation>
    </message>
    <message>
        <source>%1 (second pass)</source>
        <translation>%1 (zweiter Durchgang)</translation>
    </message>
    <message>
        <source>(1 step left out for safety)</source>
        <translation>(1 Schritt aus Sicherheitsgründen ausgelassen)</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Current instruction</source>
        <translation>Aktuelle Anweisung</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <source>The whole instruction, where, how long, and every warning</source>
        <translation>Die ganze Anleitung, wo, wie lange, und alle Warnungen</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Weitere Bedienelemente</translation>
    </message>
    <message>
        <source>Whole instruction</source>
        <translation>Ganze Anleitung</translation>
    </message>
    <message>
        <source>Warnings for this step</source>
        <translation>Warnhinweise zu diesem Schritt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (a step you count; a timed step ends by itself)</source>
        <translation>%1 (ein Schritt, den Sie zählen; ein Schritt mit Zeit endet von selbst)</translation>
    </message>
    <message>
        <source>Progress through the session</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>The instruction turns to its next part by itself; pausing holds it.</source>
        <translation>Die Anleitung blättert von selbst zum nächsten Teil weiter; eine Pause hält sie an.</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
</context>
<context>
    <name>PlayerPopup</name>
    <message>
        <source>Paused while you read. It carries on when you close this.</source>
        <translation>Pausiert, solange Sie lesen. Es geht weiter, wenn Sie dies schließen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>This window plays no sounds.</source>
        <translation>Dieses Fenster spielt keine Töne.</translation>
    </message>
    <message>
        <source>This window has no voice.</source>
        <translation>Dieses Fenster hat keine Stimme.</translation>
    </message>
    <message>
        <source>This run uses %1, set when the app was started. Change it here for the next start.</source>
        <translation>Diese Sitzung der App läuft auf %1, beim Start der App festgelegt. Für den nächsten Start können Sie die Sprache hier ändern.</translation>
    </message>
    <message>
        <source>This run uses the system&apos;s language, set when the app was started. Change it here for the next start.</source>
        <translation>Diese Sitzung der App läuft in der Sprache des Systems, beim Start der App festgelegt. Für den nächsten Start können Sie die Sprache hier ändern.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>Showing the first %1 of %n problems.</source>
        <translation>
            <numerusform>Die ersten %1 von %n Problem werden angezeigt.</numerusform>
            <numerusform>Die ersten %1 von %n Problemen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history: nothing was imported</source>
        <translation>Verlauf importieren: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Fix these in the file, or export it again, then import it.</source>
        <translation>Beheben Sie diese Probleme in der Datei oder exportieren Sie sie erneut, und importieren Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%1 (%n sessions)</source>
        <translation>
            <numerusform>%1 (%n Sitzung)</numerusform>
            <numerusform>%1 (%n Sitzungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating trend summary</source>
        <translation>Zusammenfassung des Bewertungsverlaufs</translation>
    </message>
    <message>
        <source>Tension or pain before and after massage, 0 (none) to 10 (worst).</source>
        <translation>Verspannung oder Schmerz vor und nach der Massage, 0 (keine) bis 10 (am schlimmsten).</translation>
    </message>
    <message>
        <source>%1 (1 session)</source>
        <translation>%1 (1 Sitzung)</translation>
    </message>
    <message>
        <source>Rated area for the rating trend</source>
        <translation>Bewerteter Bereich für den Verlauf der Bewertungen</translation>
    </message>
    <message>
        <source>No area has ratings yet</source>
        <translation>Noch kein Bereich hat Bewertungen</translation>
    </message>
    <message>
        <source>Rated &amp;area:</source>
        <translation>Bewerteter &amp;Bereich:</translation>
    </message>
    <message>
        <source>No ratings before and after yet. Rate how an area feels when a session starts and ends to see a trend.</source>
        <translation>Noch keine Bewertungen vorher und nachher. Bewerten Sie zu Beginn und am Ende einer Sitzung, wie sich ein Bereich anfühlt, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Rated as one area; on the map: %1</source>
        <translation>Als ein Bereich bewertet; auf der Karte: %1</translation>
    </message>
    <message>
        <source>Nothing massaged yet: a region shows here once it is massaged.</source>
        <translation>Noch nichts massiert: Eine Körperstelle erscheint hier, sobald sie massiert wurde.</translation>
    </message>
    <message>
        <source>Every region you have massaged so far had a session in these days.</source>
        <translation>Alle bisher massierten Körperstellen wurden in diesen Tagen massiert.</translation>
    </message>
    <message>
        <source>Regions you have massaged before, but not lately.</source>
        <translation>Körperstellen, die Sie früher massiert haben, aber nicht in letzter Zeit.</translation>
    </message>
    <message>
        <source>%1 · you + partner</source>
        <translation>%1 · Sie + Partner</translation>
    </message>
    <message>
        <source>%1 · partner</source>
        <translation>%1 · Partner</translation>
    </message>
</context>
<context>
    <name>RatingLegend</name>
    <message>
        <source>0 = no tension or pain</source>
        <translation>0 = keine Verspannung, kein Schmerz</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = so schlimm wie vorstellbar</translation>
    </message>
</context>
<context>
    <name>RatingsDialog</name>
    <message>
        <source>%1, tension or pain from 0 to 10</source>
        <translation>%1, Verspannung oder Schmerz von 0 bis 10</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <translation>%1 (vorher: %2)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>RegionListPanel</name>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>back</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Körperstellen filtern…</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Körperstellen filtern</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Körperstellen</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Resting today</source>
        <translation>Heute schonen</translation>
    </message>
    <message>
        <source>Your partner&apos;s: resting today</source>
        <translation>Massierte Person: heute schonen</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Search, e.g. knee or lower back</source>
        <translation>Suchen, z. B. Knie oder unterer Rücken</translation>
    </message>
    <message>
        <source>Search the parts of the body</source>
        <translation>Die Körperstellen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Where is it?</source>
        <translation>&amp;Wo ist es?</translation>
    </message>
    <message>
        <source>Parts of the body affected: %1</source>
        <translation>Betroffene Körperstellen: %1</translation>
    </message>
    <message>
        <source>No part of the body has that name.</source>
        <translation>Keine Körperstelle heißt so.</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, rechts</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, links</translation>
    </message>
    <message>
        <source>Partly chosen: %1</source>
        <translation>Teilweise ausgewählt: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet, so the whole body is treated as affected.</source>
        <translation>Noch nichts ausgewählt, daher gilt der ganze Körper als betroffen.</translation>
    </message>
</context>
<context>
    <name>RestDayBanner</name>
    <message>
        <source>Rest day: no massage today.</source>
        <translation>Ruhetag: heute keine Massage.</translation>
    </message>
    <message>
        <source>Today&apos;s check said so. Rest, and have anything new checked by a doctor or other health professional first.</source>
        <translation>Das hat der heutige Check ergeben. Ruhen Sie sich aus und lassen Sie Neues zuerst ärztlich oder von anderen Fachleuten abklären.</translation>
    </message>
    <message>
        <source>Take the check again…</source>
        <translation>Check noch einmal machen…</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Room mode</source>
        <translation>Großansicht</translation>
    </message>
    <message>
        <source>Esc leaves room mode · %1 lists the keys</source>
        <translation>Esc verlässt die Großansicht · %1 zeigt die Tasten</translation>
    </message>
    <message>
        <source>Where to massage</source>
        <translation>Wo massiert wird</translation>
    </message>
    <message>
        <source>Leave room mode</source>
        <translation>Großansicht verlassen</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Undo deleting a routine</source>
        <translation>Löschen einer Routine rückgängig machen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Keep both: the imported routine is added under a new name.</source>
        <translation>Beide behalten: Die importierte Routine kommt unter einem neuen Namen hinzu.</translation>
    </message>
    <message>
        <source>Replace mine: yours is overwritten by the imported one.</source>
        <translation>Meine ersetzen: Ihre Routine wird durch die importierte überschrieben.</translation>
    </message>
    <message>
        <source>You already have a routine called “%1”.</source>
        <translation>Sie haben bereits eine Routine namens „%1“.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Replace mine</source>
        <translation>Meine &amp;ersetzen</translation>
    </message>
    <message>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Routinen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routines (*.yaml)</source>
        <translation>Routinen (*.yaml)</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>Print routine</source>
        <translation>Routine drucken</translation>
    </message>
    <message>
        <source>Which routine would you like to print?</source>
        <translation>Welche Routine möchten Sie drucken?</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>The routine card was not printed</source>
        <translation>Die Routinekarte wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>Printing “%1” failed: %2. Check the printer and try again.</source>
        <translation>„%1“ konnte nicht gedruckt werden: %2. Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Druck: %1</translation>
    </message>
    <message>
        <source>On the figure: the parts worked are shaded, arrows show the strokes.</source>
        <translation>Auf der Figur sind die massierten Bereiche eingefärbt; Pfeile zeigen die Streichbewegungen.</translation>
    </message>
    <message>
        <source>Hatched in red: parts left out because of the health profile.</source>
        <translation>Rot schraffiert: Bereiche, die wegen des Gesundheitsprofils ausgelassen werden.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Warnings for these steps</source>
        <translation>Warnhinweise zu diesen Schritten</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Sides: the whole routine on the right side first, then on the left.</source>
        <translation>Seiten: die ganze Routine zuerst auf der rechten Seite, dann auf der linken.</translation>
    </message>
    <message>
        <source>Sides: each technique on the right side first, then on the left.</source>
        <translation>Seiten: jede Technik zuerst auf der rechten Seite, dann auf der linken.</translation>
    </message>
    <message>
        <source>Sides: each step on the right side first, then on the left.</source>
        <translation>Seiten: jeder Schritt zuerst auf der rechten Seite, dann auf der linken.</translation>
    </message>
    <message>
        <source>Nothing is ticked in the health profile, so it leaves no step out. Read the warnings below before you start.</source>
        <translation>Im Gesundheitsprofil ist nichts angekreuzt, daher lässt es keinen Schritt aus. Lesen Sie die Warnhinweise unten, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>No health profile is filled in, so nothing was checked against one. Read the warnings below before you start.</source>
        <translation>Es ist kein Gesundheitsprofil ausgefüllt, daher wurde nichts damit abgeglichen. Lesen Sie die Warnhinweise unten, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Checked against the health profile: what it leaves out is marked below.</source>
        <translation>Mit dem Gesundheitsprofil abgeglichen: Was es auslässt, ist unten markiert.</translation>
    </message>
    <message>
        <source>Checked against the health profile: it leaves no step out.</source>
        <translation>Mit dem Gesundheitsprofil abgeglichen: Es lässt keinen Schritt aus.</translation>
    </message>
    <message>
        <source>Checked against the health profile: no step is left out.</source>
        <translation>Mit dem Gesundheitsprofil abgeglichen: Kein Schritt wird ausgelassen.</translation>
    </message>
    <message>
        <source>Resting today (%1) because it hurt: %2. Its steps are left out and marked below; print the card again on another day.</source>
        <translation>Heute (%1) geschont, weil es wehgetan hat: %2. Die Schritte dort sind unten als ausgelassen markiert; drucken Sie die Karte an einem anderen Tag neu.</translation>
    </message>
    <message>
        <source>Rest day (%1): no massage today.</source>
        <translation>Ruhetag (%1): heute keine Massage.</translation>
    </message>
    <message>
        <source>Today&apos;s quick check said so. Rest, and have anything new checked by a doctor or other health professional first; use the card on another day.</source>
        <translation>Das hat der heutige Check ergeben. Ruhen Sie sich aus und lassen Sie Neues zuerst ärztlich oder von anderen Fachleuten abklären; nutzen Sie die Karte an einem anderen Tag.</translation>
    </message>
    <message>
        <source>Hatched in red: parts resting today because they hurt.</source>
        <translation>Rot schraffiert: Bereiche, die heute geschont werden, weil sie wehgetan haben.</translation>
    </message>
    <message>
        <source>Hatched in red: parts left out because of the health profile or resting today.</source>
        <translation>Rot schraffiert: Bereiche, die wegen des Gesundheitsprofils ausgelassen oder heute geschont werden.</translation>
    </message>
    <message>
        <source>%1, right side only</source>
        <translation>%1, nur rechte Seite</translation>
    </message>
    <message>
        <source>%1, left side only</source>
        <translation>%1, nur linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1 each side (right first)</source>
        <translation>%1 je Seite (zuerst rechts)</translation>
    </message>
    <message>
        <source>right side %1, left side %2</source>
        <translation>rechte Seite %1, linke Seite %2</translation>
    </message>
    <message>
        <source>Left out by the health profile (see step %1).</source>
        <translation>Wegen des Gesundheitsprofils ausgelassen (siehe Schritt %1).</translation>
    </message>
    <message>
        <source>Right side left out by the health profile (see step %1).</source>
        <translation>Rechte Seite wegen des Gesundheitsprofils ausgelassen (siehe Schritt %1).</translation>
    </message>
    <message>
        <source>Left side left out by the health profile (see step %1).</source>
        <translation>Linke Seite wegen des Gesundheitsprofils ausgelassen (siehe Schritt %1).</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Right side left out: %1</source>
        <translation>Rechte Seite ausgelassen: %1</translation>
    </message>
    <message>
        <source>Left side left out: %1</source>
        <translation>Linke Seite ausgelassen: %1</translation>
    </message>
    <message>
        <source>Left out by the health profile: %1</source>
        <translation>Wegen des Gesundheitsprofils ausgelassen: %1</translation>
    </message>
    <message>
        <source>Right side left out by the health profile: %1</source>
        <translation>Rechte Seite wegen des Gesundheitsprofils ausgelassen: %1</translation>
    </message>
    <message>
        <source>Left side left out by the health profile: %1</source>
        <translation>Linke Seite wegen des Gesundheitsprofils ausgelassen: %1</translation>
    </message>
    <message>
        <source>rests today (it hurt)</source>
        <translation>heute geschont (hat wehgetan)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>Schritte %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the page could not be started</source>
        <translation>die Seite konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>eine neue Seite konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Preview “%1”</source>
        <translation>Vorschau „%1“</translation>
    </message>
    <message>
        <source>This is the card as it will print. Check it, then print it.</source>
        <translation>So wird die Karte gedruckt. Prüfen Sie sie und drucken Sie sie dann.</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Vorschau der Karte</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>Your own routine of %n techniques.</source>
        <translation>
            <numerusform>Ihre eigene Routine mit %n Technik.</numerusform>
            <numerusform>Ihre eigene Routine mit %n Techniken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each technique on one side, then the other</source>
        <translation>Jede Technik erst auf einer Seite, dann auf der anderen</translation>
    </message>
    <message>
        <source>The whole routine on one side, then the other</source>
        <translation>Die ganze Routine erst auf einer Seite, dann auf der anderen</translation>
    </message>
    <message>
        <source>Alternating sides, step by step</source>
        <translation>Seiten abwechselnd, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>⚠ only for massaging a partner</source>
        <translation>⚠ nur für die Massage eines Partners</translation>
    </message>
    <message>
        <source>⚠ only for massaging yourself</source>
        <translation>⚠ nur für die Selbstmassage</translation>
    </message>
    <message>
        <source>Written for massaging a partner, and this routine is for yourself. To add it, choose “For: On a partner”.</source>
        <translation>Für die Massage eines Partners geschrieben, und diese Routine ist für Sie selbst. Um sie hinzuzufügen, wählen Sie „Für: Für einen Partner“.</translation>
    </message>
    <message>
        <source>Written for massaging yourself, and this routine is for a partner. To add it, choose “For: On yourself”.</source>
        <translation>Für die Selbstmassage geschrieben, und diese Routine ist für einen Partner. Um sie hinzuzufügen, wählen Sie „Für: Für sich selbst“.</translation>
    </message>
    <message>
        <source>⊘ ruled out by your health profile</source>
        <translation>⊘ durch Ihr Gesundheitsprofil ausgeschlossen</translation>
    </message>
    <message>
        <source>⚠ take care</source>
        <translation>⚠ Vorsicht</translation>
    </message>
    <message>
        <source>From %1 to %2 for both sides together, as the guide gives.</source>
        <translation>Von %1 bis %2 für beide Seiten zusammen, wie die Anleitung es angibt.</translation>
    </message>
    <message>
        <source>From %1 to %2 for both sides together (suggested: half to twice the guide&apos;s time).</source>
        <translation>Von %1 bis %2 für beide Seiten zusammen (Vorschlag: die Hälfte bis das Doppelte der Zeit aus der Anleitung).</translation>
    </message>
    <message>
        <source>From %1 to %2, as the guide gives.</source>
        <translation>Von %1 bis %2, wie die Anleitung es angibt.</translation>
    </message>
    <message>
        <source>From %1 to %2 (suggested: half to twice the guide&apos;s time).</source>
        <translation>Von %1 bis %2 (Vorschlag: die Hälfte bis das Doppelte der Zeit aus der Anleitung).</translation>
    </message>
    <message>
        <source>Part of it is counted, not timed (%1): it waits for you to press Done.</source>
        <translation>Ein Teil wird gezählt, nicht gestoppt (%1): Er wartet, bis Sie „Fertig“ drücken.</translation>
    </message>
    <message>
        <source>From %1 to %2 times, as the guide gives</source>
        <translation>Von %1 bis %2 Mal, wie die Anleitung es angibt</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Written for massaging a partner: %1. This routine is for yourself: choose “For: On a partner”, or remove the steps marked ⚠.</source>
        <translation>Für die Massage eines Partners geschrieben: %1. Diese Routine ist für Sie selbst: Wählen Sie „Für: Für einen Partner“, oder entfernen Sie die mit ⚠ markierten Schritte.</translation>
    </message>
    <message>
        <source>Written for massaging yourself: %1. This routine is for a partner: choose “For: On yourself”, or remove the steps marked ⚠.</source>
        <translation>Für die Selbstmassage geschrieben: %1. Diese Routine ist für einen Partner: Wählen Sie „Für: Für sich selbst“, oder entfernen Sie die mit ⚠ markierten Schritte.</translation>
    </message>
    <message>
        <source>Edit your routine</source>
        <translation>Ihre Routine bearbeiten</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The routine has changes that are not saved.</source>
        <translation>Die Routine hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 (so far: %2)</source>
        <translation>%1 (bisher: %2)</translation>
    </message>
    <message>
        <source>Techniques for massaging a partner are written so far for: %1. Everywhere else the techniques are for massaging yourself.</source>
        <translation>Techniken für die Partnermassage gibt es bisher für: %1. Überall sonst sind die Techniken für die Selbstmassage.</translation>
    </message>
    <message>
        <source>No partner technique here yet</source>
        <translation>Hier noch keine Technik für die Partnermassage</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Bisher: %1</translation>
    </message>
    <message>
        <source>Total time for you: about %1, with the pauses between steps</source>
        <translation>Gesamtdauer für Sie: etwa %1, Pausen eingerechnet</translation>
    </message>
    <message>
        <source>Total time: about %1, with the pauses between steps</source>
        <translation>Gesamtdauer: etwa %1, Pausen eingerechnet</translation>
    </message>
    <message>
        <source>Total time for your partner: about %1, with the pauses between steps</source>
        <translation>Gesamtdauer für Ihren Partner: etwa %1, Pausen eingerechnet</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>⊘ ruled out on %1</source>
        <translation>⊘ ausgeschlossen an: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 times (suggested: half to twice the guide&apos;s count)</source>
        <translation>Von %1 bis %2 Mal (Vorschlag: die Hälfte bis das Doppelte der Anzahl aus der Anleitung)</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>Give your routine a name.</source>
        <translation>Geben Sie Ihrer Routine einen Namen.</translation>
    </message>
    <message>
        <source>Add at least one technique.</source>
        <translation>Fügen Sie mindestens eine Technik hinzu.</translation>
    </message>
    <message>
        <source>Your own routine of one technique.</source>
        <translation>Ihre eigene Routine mit einer Technik.</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Körperteil</translation>
    </message>
    <message>
        <source>Techniques for this part</source>
        <translation>Techniken für diesen Körperteil</translation>
    </message>
    <message>
        <source>&amp;Add to the routine</source>
        <translation>Zur Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Choose on the &amp;map…</source>
        <translation>Auf der &amp;Karte wählen…</translation>
    </message>
    <message>
        <source>Steps of your routine</source>
        <translation>Schritte Ihrer Routine</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up or Alt+Down, to move it.</source>
        <translation>Ziehen Sie einen Schritt oder drücken Sie Alt+Pfeil hoch oder Alt+Pfeil runter, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>No steps yet. Choose a place under Where or on the map, then a technique, and press “Add to the routine” (or double-click the technique).</source>
        <translation>Noch keine Schritte. Wählen Sie unter „Wo“ oder auf der Karte eine Stelle, dann eine Technik, und drücken Sie „Zur Routine hinzufügen“ (oder doppelklicken Sie die Technik).</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Routine speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>Put the step back (Ctrl+Z)</source>
        <translation>Den Schritt zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Schritt nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Schritt nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Optional: what it is for</source>
        <translation>Optional: wofür sie gedacht ist</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation>S&amp;eite</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>Side &amp;order</source>
        <translation>Seiten&amp;abfolge</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>An&amp;zahl</translation>
    </message>
    <message>
        <source>Click the part of the body to massage.</source>
        <translation>Klicken Sie auf die Körperstelle, die Sie massieren möchten.</translation>
    </message>
    <message>
        <source>Body map: choose where to massage</source>
        <translation>Körperkarte: wählen, wo massiert wird</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Massage safely</source>
        <translation>Sicher massieren</translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Find a body part or technique (Ctrl+F)</source>
        <translation>Körperstelle oder Technik suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No body part or technique matches “%1”</source>
        <translation>Keine Körperstelle und keine Technik passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a session to see its steps, ratings and notes.</source>
        <translation>Wählen Sie eine Sitzung, um ihre Schritte, Bewertungen und Notizen zu sehen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Massage time</source>
        <translation>Massagezeit</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Ratings before and after</source>
        <translation>Bewertungen vorher und nachher</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time?</source>
        <translation>Wie hat es sich angefühlt? Gibt es etwas für das nächste Mal?</translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type):</source>
        <translation>&amp;Notizen (werden beim Tippen gespeichert):</translation>
    </message>
    <message>
        <source>De&amp;lete session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>Remove this session from the history (can be undone)</source>
        <translation>Diese Sitzung aus dem Verlauf entfernen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>1 part done</source>
        <translation>1 Teil erledigt</translation>
    </message>
    <message>
        <source>1 step done</source>
        <translation>1 Schritt erledigt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tension or pain, 0 (none) to 10 (worst)</source>
        <translation>Verspannung oder Schmerz, 0 (keine) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source>Massaged</source>
        <translation>Massiert</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Massaged:</source>
        <translation>Massiert:</translation>
    </message>
    <message>
        <source>Massage time:</source>
        <translation>Massagezeit:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No ratings were given.</source>
        <translation>Es wurden keine Bewertungen abgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps done</source>
        <translation>
            <numerusform>%n Schritt erledigt</numerusform>
            <numerusform>%n Schritte erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts done</source>
        <translation>
            <numerusform>%n Teil erledigt</numerusform>
            <numerusform>%n Teile erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Your partner&apos;s %1 rests today (it hurt). Your own may be massaged.</source>
        <translation>Heute schonen (es tat Ihrem Partner weh): %1. Ihr eigener Bereich darf massiert werden.</translation>
    </message>
    <message>
        <source>Your partner&apos;s %1 rests today (it hurt).</source>
        <translation>Heute schonen (es tat Ihrem Partner weh): %1.</translation>
    </message>
    <message>
        <source>Your %1 rests today (it hurt).</source>
        <translation>Heute schonen (es tat Ihnen weh): %1.</translation>
    </message>
    <message>
        <source>Resting today: you stopped here because it hurt.</source>
        <translation>Heute schonen: Sie haben hier wegen Schmerzen aufgehört.</translation>
    </message>
    <message>
        <source>your partner&apos;s %1</source>
        <translation>%1 Ihres Partners</translation>
    </message>
    <message>
        <source>It runs on the left side: %1 may not be massaged now.</source>
        <translation>Sie läuft auf der linken Seite, denn dies darf jetzt nicht massiert werden: %1.</translation>
    </message>
    <message>
        <source>It runs on the right side: %1 may not be massaged now.</source>
        <translation>Sie läuft auf der rechten Seite, denn dies darf jetzt nicht massiert werden: %1.</translation>
    </message>
    <message>
        <source>%1 may not be massaged now: its steps are left out.</source>
        <translation>Dies darf jetzt nicht massiert werden, die Schritte dort werden ausgelassen: %1.</translation>
    </message>
    <message>
        <source>It runs on the left side.</source>
        <translation>Sie läuft auf der linken Seite.</translation>
    </message>
    <message>
        <source>It runs on the right side.</source>
        <translation>Sie läuft auf der rechten Seite.</translation>
    </message>
    <message>
        <source>Neither side may be massaged today.</source>
        <translation>Heute darf keine der beiden Seiten massiert werden.</translation>
    </message>
    <message>
        <source>Resting today because it hurt: %1.</source>
        <translation>Heute geschont, weil es wehgetan hat: %1.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Massage time</source>
        <translation>Massagezeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (deleted routine)</source>
        <translation>%1 (gelöschte Routine)</translation>
    </message>
    <message>
        <source>%1 (routine)</source>
        <translation>%1 (Routine)</translation>
    </message>
    <message>
        <source>Damaged, cannot be read</source>
        <translation>Beschädigt, nicht lesbar</translation>
    </message>
</context>
<context>
    <name>SessionListPane</name>
    <message numerus="yes">
        <source>%1 sessions match the filters</source>
        <translation>
            <numerusform>%1 Sitzung passt zu den Filtern</numerusform>
            <numerusform>%1 Sitzungen passen zu den Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sessions in all</source>
        <translation>
            <numerusform>%1 Sitzung insgesamt</numerusform>
            <numerusform>%1 Sitzungen insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Sitzungen nach Tagen</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>Sessions by &amp;day:</source>
        <translation>Sitzungen nach T&amp;agen:</translation>
    </message>
    <message>
        <source>The sessions could not be read.</source>
        <translation>Die Sitzungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Keine Sitzungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No sessions yet — start one from the guide.</source>
        <translation>Noch keine Sitzungen – starten Sie eine über die Anleitung.</translation>
    </message>
    <message>
        <source>1 session matches the filters</source>
        <translation>1 Sitzung passt zu den Filtern</translation>
    </message>
    <message>
        <source>1 session in all</source>
        <translation>1 Sitzung insgesamt</translation>
    </message>
</context>
<context>
    <name>SessionQuestions</name>
    <message>
        <source>How much tension or pain do you feel there now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spüren Sie dort jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>How much tension or pain does your partner feel in each area now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spürt die massierte Person jetzt an jeder Stelle? (freiwillig)</translation>
    </message>
    <message>
        <source>How much tension or pain do you feel in each area now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spüren Sie jetzt an jeder Stelle? (freiwillig)</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>After the massage</source>
        <translation>Nach der Massage</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>The steps done so far are kept in your history.</source>
        <translation>Die bisher erledigten Schritte bleiben in Ihrem Verlauf erhalten.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Your health profile rules this out.</source>
        <translation>Ihr Gesundheitsprofil schließt das aus.</translation>
    </message>
    <message>
        <source>Rest the area and do not massage it again today.</source>
        <translation>Schonen Sie die Stelle und massieren Sie sie heute nicht mehr.</translation>
    </message>
    <message>
        <source>This routine is for one side, and neither may be massaged.</source>
        <translation>Diese Routine ist für eine Seite, und keine der beiden darf massiert werden.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>A rest day</source>
        <translation>Ein Ruhetag</translation>
    </message>
    <message>
        <source>Earlier today the quick check said not to massage today. Rest, and have anything new checked by a doctor or other health professional first.</source>
        <translation>Der kurze Check hat heute schon ergeben: heute nicht massieren. Ruhen Sie sich aus und lassen Sie Neues zuerst ärztlich oder von anderen Fachleuten abklären.</translation>
    </message>
    <message>
        <source>Take the check again</source>
        <translation>Check noch einmal machen</translation>
    </message>
    <message>
        <source>Checked against the health profile: %1.</source>
        <translation>Mit dem Gesundheitsprofil abgeglichen: %1.</translation>
    </message>
    <message>
        <source>Parts that remain: %1 of %2, about %3.</source>
        <translation>Verbleibende Teile: %1 von %2, etwa %3.</translation>
    </message>
    <message>
        <source>Steps that remain: %1 of %2 (%3 on one side only), about %4.</source>
        <translation>Verbleibende Schritte: %1 von %2 (%3 nur auf einer Seite), etwa %4.</translation>
    </message>
    <message>
        <source>Steps that remain: %1 of %2, about %3.</source>
        <translation>Verbleibende Schritte: %1 von %2, etwa %3.</translation>
    </message>
    <message>
        <source>Why each step is left out: see the routine&apos;s page beside the map.</source>
        <translation>Warum jeder Schritt ausgelassen wird: siehe die Seite der Routine neben der Karte.</translation>
    </message>
    <message>
        <source>Why a side is left out: see the routine&apos;s page beside the map.</source>
        <translation>Warum eine Seite ausgelassen wird: siehe die Seite der Routine neben der Karte.</translation>
    </message>
    <message>
        <source>Rest this area today</source>
        <translation>Diese Stelle heute schonen</translation>
    </message>
    <message>
        <source>How much tension or pain does your partner feel there now? (optional)</source>
        <translation>Wie viel Verspannung oder Schmerz spürt die massierte Person dort jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>Today a session was stopped because it hurt: %1.</source>
        <translation>Heute wurde eine Sitzung abgebrochen, weil es wehtat: %1.</translation>
    </message>
    <message>
        <source>Choose another area, or come back tomorrow. If the pain is still there, or the area is swollen, red or warm, see a doctor or physical therapist.</source>
        <translation>Wählen Sie eine andere Stelle oder kommen Sie morgen wieder. Wenn der Schmerz bleibt oder die Stelle geschwollen, gerötet oder warm ist, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
    </message>
    <message>
        <source>Your health profile asks for care here. Use light pressure only.</source>
        <translation>Ihr Gesundheitsprofil verlangt hier Vorsicht. Drücken Sie nur leicht.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Shortest get-ready time in seconds</source>
        <translation>Kürzeste Vorbereitungszeit in Sekunden</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Ich selbst</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Klänge und Stimme</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Your health profile, your sessions and these settings stay on this computer. The app does not use the internet.</source>
        <translation>Ihr Gesundheitsprofil, Ihre Sitzungen und diese Einstellungen bleiben auf diesem Computer. Die App nutzt das Internet nicht.</translation>
    </message>
    <message>
        <source>&amp;Who massages</source>
        <translation>&amp;Wer massiert</translation>
    </message>
    <message>
        <source>Chosen when a routine suits both yourself and a partner.</source>
        <translation>Gilt, wenn eine Routine für Sie selbst und für einen Partner passt.</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Ein Partner</translation>
    </message>
    <message>
        <source>Shortest &amp;get-ready time</source>
        <translation>Kürzeste &amp;Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Bewegung verringern</translation>
    </message>
    <message>
        <source>The map shows each stroke without moving it.</source>
        <translation>Die Karte zeigt jeden Strich, ohne ihn zu bewegen.</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <translation>&amp;Klänge</translation>
    </message>
    <message>
        <source>A soft chime at each change of step, so you can follow without looking.</source>
        <translation>Ein sanfter Ton bei jedem Schrittwechsel, damit Sie folgen können, ohne hinzusehen.</translation>
    </message>
    <message>
        <source>Sound v&amp;olume</source>
        <translation>Klang&amp;lautstärke</translation>
    </message>
    <message>
        <source>Spo&amp;ken guidance</source>
        <translation>Sprach&amp;ausgabe</translation>
    </message>
    <message>
        <source>Each step is read aloud.</source>
        <translation>Jeder Schritt wird vorgelesen.</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume</source>
        <translation>Sti&amp;mmlautstärke</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <source>The size of the session&apos;s instructions and the guide&apos;s text.</source>
        <translation>Die Größe der Schritte in der Sitzung und des Texts in der Anleitung.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>A new language applies once you quit the app and start it again.</source>
        <translation>Eine neue Sprache gilt, sobald Sie die App beenden und neu starten.</translation>
    </message>
    <message>
        <source>Daily &amp;reminder</source>
        <translation>Tägliche &amp;Erinnerung</translation>
    </message>
    <message>
        <source>A short session is suggested once a day. While it is on, the app stays in the system tray when you close its window.</source>
        <translation>Einmal am Tag wird eine kurze Sitzung vorgeschlagen. Solange sie eingeschaltet ist, bleibt die App im Infobereich, wenn Sie ihr Fenster schließen.</translation>
    </message>
    <message>
        <source>Reminder t&amp;ime</source>
        <translation>&amp;Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Before each step in a new place or on the other side the player waits at least this long. A step with a longer instruction gets the time it takes to read it calmly, up to %1 s. The next part of a technique on the same spot follows after %2 s.</source>
        <translation>Vor jedem Schritt an einer neuen Stelle oder auf der anderen Seite wartet die Sitzung mindestens so lange. Ein Schritt mit längerer Anleitung bekommt die Zeit, die Sie zum ruhigen Lesen brauchen, höchstens %1 s. Der nächste Teil einer Technik an derselben Stelle folgt nach %2 s.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Lautstärke der Klänge</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Who gives the massage</source>
        <translation>Wer die Massage gibt</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Size of the session and guide text</source>
        <translation>Schriftgröße in der Sitzung und in der Anleitung</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Light or dark, or the same as your computer.</source>
        <translation>Hell, dunkel oder wie Ihr Computer.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung verringern</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>App-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Test sound</source>
        <translation>Ton &amp;testen</translation>
    </message>
    <message>
        <source>Play a test sound at this volume</source>
        <translation>Einen Testton in dieser Lautstärke spielen</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Begin: %n times, then press Done.</source>
        <translation>
            <numerusform>Los: %n-mal, dann „Fertig“ drücken.</numerusform>
            <numerusform>Los: %n-mal, dann „Fertig“ drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Minuten %2 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sitzung beendet. Gut gemacht.</translation>
    </message>
    <message>
        <source>Session stopped. Rest, and see a professional if the pain stays.</source>
        <translation>Sitzung abgebrochen. Ruhen Sie sich aus, und lassen Sie es ärztlich abklären, wenn der Schmerz bleibt.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sitzung beendet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Half time.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Begin: once, then press Done.</source>
        <translation>Los: einmal, dann „Fertig“ drücken.</translation>
    </message>
    <message>
        <source>Begin: %1.</source>
        <translation>Los: %1.</translation>
    </message>
    <message>
        <source>%1 Next: %2. %3</source>
        <translation>%1 Als Nächstes: %2. %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>Switch to the left side.</source>
        <translation>Wechseln Sie zur linken Seite.</translation>
    </message>
    <message>
        <source>Switch to the right side.</source>
        <translation>Wechseln Sie zur rechten Seite.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>Wechseln Sie zur anderen Seite.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Übersprungen: %1 – %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts left out</source>
        <translation>
            <numerusform>%n Teil ausgelassen</numerusform>
            <numerusform>%n Teile ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>1 part left out</source>
        <translation>1 Teil ausgelassen</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 ausgelassen</translation>
    </message>
    <message>
        <source>%1 on one side only</source>
        <translation>%1 nur auf einer Seite</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, one side then the other</source>
        <translation>%1, erst die eine Seite, dann die andere</translation>
    </message>
    <message>
        <source>%1 (%2 on each side)</source>
        <translation>%1 (%2 auf jeder Seite)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 of them on each side)</source>
        <translation>%1 (%2, %3 davon auf jeder Seite)</translation>
    </message>
    <message>
        <source>A part is one step on one side: a step done on both sides is two parts.</source>
        <translation>Ein Teil ist ein Schritt auf einer Seite: Ein Schritt auf beiden Seiten sind zwei Teile.</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 Teil</translation>
    </message>
    <message>
        <source>Runs without %1 of its %2 parts</source>
        <translation>Läuft ohne %1 ihrer %2 Teile</translation>
    </message>
    <message>
        <source>Runs %1 of its %2 steps on one side only</source>
        <translation>Läuft %1 ihrer %2 Schritte nur auf einer Seite</translation>
    </message>
    <message>
        <source>Runs without %1 of its %2 steps</source>
        <translation>Läuft ohne %1 ihrer %2 Schritte</translation>
    </message>
    <message>
        <source>Runs without %1 of its %2 steps, %3 more on one side only</source>
        <translation>Läuft ohne %1 ihrer %2 Schritte, %3 weitere nur auf einer Seite</translation>
    </message>
</context>
<context>
    <name>StepsTable</name>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n-mal</numerusform>
            <numerusform>%1, %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, beide Seiten</translation>
    </message>
    <message>
        <source>%1 R</source>
        <translation>%1 R</translation>
    </message>
    <message>
        <source>%1 L</source>
        <translation>%1 L</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1, 1 time</source>
        <translation>%1, 1-mal</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Schritte der Sitzung</translation>
    </message>
</context>
<context>
    <name>StopAdviceDialog</name>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>Discomfort got worse</source>
        <translation>Die Beschwerden nahmen zu</translation>
    </message>
    <message>
        <source>Something else felt wrong</source>
        <translation>Etwas anderes stimmte nicht</translation>
    </message>
    <message>
        <source>The session has stopped. Rest this area and do not massage it again today: %1.</source>
        <translation>Die Sitzung wurde abgebrochen. Schonen Sie diese Stelle und massieren Sie sie heute nicht mehr: %1.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung abgebrochen</translation>
    </message>
    <message>
        <source>If your partner&apos;s pain, numbness or tingling does not go away, or the area becomes swollen, red or warm, your partner should see a doctor or physical therapist. Get help too for:</source>
        <translation>Wenn Schmerz, Taubheit oder Kribbeln bei Ihrem Partner nicht vergehen oder die Stelle anschwillt, sich rötet oder warm wird, sollte Ihr Partner ärztlichen oder physiotherapeutischen Rat einholen. Holen Sie sich auch in diesen Fällen Hilfe:</translation>
    </message>
    <message>
        <source>What happened? (optional – saved to your history)</source>
        <translation>Was ist passiert? (freiwillig – wird in Ihrem Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The session has stopped. Rest the area and do not massage it again today.</source>
        <translation>Die Sitzung wurde abgebrochen. Schonen Sie die Stelle und massieren Sie sie heute nicht mehr.</translation>
    </message>
    <message>
        <source>If the pain, numbness or tingling does not go away, or the area becomes swollen, red or warm, see a doctor or physical therapist. Get help too for:</source>
        <translation>Wenn Schmerz, Taubheit oder Kribbeln nicht vergehen oder die Stelle anschwillt, sich rötet oder warm wird, holen Sie sich ärztlichen oder physiotherapeutischen Rat. Holen Sie sich auch in diesen Fällen Hilfe:</translation>
    </message>
</context>
<context>
    <name>StopBanner</name>
    <message>
        <source>Safety…</source>
        <translation>Sicherheit…</translation>
    </message>
    <message>
        <source>When not to massage, and when to see a professional</source>
        <translation>Wann Sie nicht massieren und wann Sie Fachleute aufsuchen sollten</translation>
    </message>
</context>
<context>
    <name>StrokePaceOverlay</name>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Massage time</source>
        <translation>Massagezeit</translation>
    </message>
    <message>
        <source>Getting ready, switching sides and pauses are not counted.</source>
        <translation>Vorbereiten, Seitenwechsel und Pausen zählen nicht mit.</translation>
    </message>
    <message>
        <source>Tension or pain, before → after</source>
        <translation>Verspannung oder Schmerz, vorher → nachher</translation>
    </message>
    <message>
        <source>Move the area gently now: the guides suggest light movement after massage.</source>
        <translation>Bewegen Sie die Stelle jetzt sanft: Die Leitfäden empfehlen nach der Massage leichte Bewegung.</translation>
    </message>
    <message>
        <source>Mostly skipped</source>
        <translation>Größtenteils übersprungen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Bis zum Ende übersprungen</translation>
    </message>
    <message>
        <source>Resting today: %1.</source>
        <translation>Heute schonen: %1.</translation>
    </message>
    <message>
        <source>This area rests today.</source>
        <translation>Diese Stelle heute schonen.</translation>
    </message>
    <message>
        <source>Not counted as massage time: %1 on the oil or warming the hands.</source>
        <translation>Nicht als Massagezeit gezählt: %1 für das Öl oder das Anwärmen der Hände.</translation>
    </message>
    <message>
        <source>Rated before only: %1</source>
        <translation>Nur vorher bewertet: %1</translation>
    </message>
    <message>
        <source>Not reached today, rated before the massage: %1</source>
        <translation>Heute nicht erreicht, vor der Massage bewertet: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>nur rechte Seite</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>nur linke Seite</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 parts done</source>
        <translation>%1 von %2 Teilen erledigt</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>stopped in part %1</source>
        <translation>in Teil %1 abgebrochen</translation>
    </message>
    <message>
        <source>stopped in step %1</source>
        <translation>in Schritt %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 more left out for safety</source>
        <translation>%1 weitere aus Sicherheitsgründen ausgelassen</translation>
    </message>
    <message>
        <source>%1 left out for safety</source>
        <translation>%1 aus Sicherheitsgründen ausgelassen</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>%1 nicht erreicht</translation>
    </message>
    <message>
        <source>Parts done</source>
        <translation>Teile erledigt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Left out for safety</source>
        <translation>Zur Sicherheit ausgelassen</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n on one side only</source>
        <translation>
            <numerusform>%n nur auf einer Seite</numerusform>
            <numerusform>%n nur auf einer Seite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCheckDialog</name>
    <message>
        <source>Quick check before you start</source>
        <translation>Kurzer Check vor dem Start</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Stop advice</source>
        <translation>Rat zum Aufhören</translation>
    </message>
    <message>
        <source>&amp;Lift the rest day</source>
        <translation>Ruhetag &amp;aufheben</translation>
    </message>
    <message>
        <source>All “No”: the button lifts the rest day.</source>
        <translation>Alles mit „Nein“ beantwortet: Die Schaltfläche hebt den Ruhetag auf.</translation>
    </message>
    <message>
        <source>Answer each question to continue.</source>
        <translation>Beantworten Sie jede Frage, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Take the quick check again</source>
        <translation>Den Check noch einmal machen</translation>
    </message>
    <message>
        <source>Think of the person about to be massaged, you or your partner. Answer for how it is now: three “No” lift today&apos;s rest day.</source>
        <translation>Denken Sie an die Person, die gleich massiert wird – Sie selbst oder Ihren Partner. Antworten Sie so, wie es jetzt ist: Dreimal „Nein“ hebt den heutigen Ruhetag auf.</translation>
    </message>
    <message>
        <source>Think of the person about to be massaged, you or your partner. This is asked before the first session of the day.</source>
        <translation>Denken Sie an die Person, die gleich massiert wird – Sie selbst oder Ihren Partner. Diese Fragen kommen vor der ersten Sitzung des Tages.</translation>
    </message>
    <message>
        <source>Your health profile already leaves out: %1. Answer about anything new.</source>
        <translation>Ihr Gesundheitsprofil spart bereits aus: %1. Antworten Sie zu allem, was neu ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Think of the person about to be massaged, you or your partner. Answer for how it is now. Today is not a rest day; a “Yes” makes it one. Areas resting after “Stop – it hurts” still rest today.</source>
        <translation>Denken Sie an die Person, die gleich massiert wird – Sie selbst oder Ihren Partner. Antworten Sie so, wie es jetzt ist. Heute ist kein Ruhetag; ein „Ja“ macht ihn zu einem. Stellen, die nach „Stopp – es tut weh“ geschont werden, bleiben heute geschont.</translation>
    </message>
    <message>
        <source>&amp;Stop for today</source>
        <translation>Für &amp;heute aufhören</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>All “No”: there is no rest day to lift; the answers count as today&apos;s check.</source>
        <translation>Alles mit „Nein“ beantwortet: Es gibt keinen Ruhetag aufzuheben; die Antworten gelten als heutiger Check.</translation>
    </message>
    <message>
        <source>All answered: you can start.</source>
        <translation>Alles beantwortet: Sie können beginnen.</translation>
    </message>
    <message>
        <source>Areas resting after “Stop – it hurts” still rest today.</source>
        <translation>Stellen, die nach „Stopp – es tut weh“ geschont werden, bleiben heute geschont.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back to the start page and its routines (Esc)</source>
        <translation>Zurück zur Startseite mit ihren Routinen (Esc)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Körperstellen</translation>
    </message>
    <message>
        <source>Show or hide a list of every region, by name</source>
        <translation>Liste aller Körperstellen nach Namen zeigen oder verbergen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your past sessions (Ctrl+H)</source>
        <translation>Ihre bisherigen Sitzungen (Strg+H)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <source>Week of %1: before %2, after %3 (%n sessions)</source>
        <translation>
            <numerusform>Woche vom %1: vorher %2, nachher %3 (%n Sitzung)</numerusform>
            <numerusform>Woche vom %1: vorher %2, nachher %3 (%n Sitzungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region to see how its ratings changed.</source>
        <translation>Wählen Sie eine Körperstelle, um zu sehen, wie sich ihre Bewertungen verändert haben.</translation>
    </message>
    <message>
        <source>Ratings before and after, by week</source>
        <translation>Bewertungen vorher und nachher, nach Wochen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Die Sitzung zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorne</translation>
    </message>
    <message>
        <source>Show the front of the body</source>
        <translation>Die Vorderseite des Körpers zeigen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Hin&amp;ten</translation>
    </message>
    <message>
        <source>Show the back of the body</source>
        <translation>Die Rückseite des Körpers zeigen</translation>
    </message>
</context>
</TS>
