<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseLabels</name>
    <message>
        <source>Removal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyberbullying of a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal / objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoration of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked with no order received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseParts</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, contacts, registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential (left out of exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionHtml</name>
    <message>
        <source>changed in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported in %1; shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition date unknown; imported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not in this language —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This act is not in the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it with File ▸ Download from Adilet, or open its page in a browser, save it (Ctrl+S) and import the saved file with File ▸ Import file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law library of Kazakh media law, offline, in Kazakh, Russian and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an act on the left. Acts in grey are known but not imported yet: import a saved Adilet page (Ctrl+O) or download it (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::ActTree</name>
    <message>
        <source>Changed in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in new &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::AdiletFetcher</name>
    <message>
        <source>Another download is running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Adilet document id (like Z040000567_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTPS addresses are used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s robots.txt does not allow %1 to be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet did not answer within %1 seconds. Try again later, or save the page in a browser and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet cannot be reached (%1). Check the internet connection, or save the page in a browser and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet has no page at %1 (404). Check the act&apos;s id and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet answered %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet answered with the new site&apos;s script-only page, which carries no text. Open the act in a browser, wait until the text is shown, save it with Ctrl+S (&quot;Web page, complete&quot; or &quot;HTML only&quot;) and import the saved file with File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet sent the download on to another address (%1), which ZanLink does not follow. Save the page in a browser and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet sent the download on to its programming interface (%1), which ZanLink does not use. Save the page in a browser and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet sent the download on to %1, which the site&apos;s robots.txt does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered %1 for its robots.txt, so nothing is downloaded from it now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet answered with an empty page for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::CaseDraftsPanel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a request from this case (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft following the chosen one, reusing its facts, parties and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::CaseFileLock</name>
    <message>
        <source>Wrong passphrase. Try again: capital letters and the keyboard layout matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law library works; cases are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file was not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the case file with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The case file was not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database is now encrypted on disk and opens only with the passphrase. Evidence files (in the evidence folder beside it) and exported case bundles are not encrypted yet. Copies of the unprotected file may remain on the disk and in older backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the case file opens with the new passphrase. Backups made before still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without protection the case file is kept on disk unencrypted, readable by anyone who has the computer. Enter the passphrase to remove the protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is open, but the system keychain did not keep the passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not remove the passphrase of the case file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the case file&apos;s passphrase from the system keychain: it is asked at every start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not keep the new passphrase (%1); it will be asked at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase remembered in the system keychain no longer opens the case file and was forgotten. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::CaseNotesPanel</name>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite a provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a provision (as with Ctrl+K) and add it to the note&apos;s citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here; the note saves itself. Citations such as «п. 1-2 ст. 41-1 Закона «О связи»» are found as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note: it is saved as soon as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::CasePage</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind, status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. TikTok, blogger, Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential case is left out of exports unless you include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the left, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovisions cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline set by law…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes citing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;fts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts citing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::CasesCitingPanel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a provision to see the cases that cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case cites this provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited in the notes or drafts of %n case(s):</source>
        <translation>
            <numerusform>Cited in the notes or drafts of %n case:</numerusform>
            <numerusform>Cited in the notes or drafts of %n cases:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::CasesView</name>
    <message>
        <source>Find a case: title, tag, party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform, e.g. TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot; with its parties, evidence and notes? This cannot be undone; export it first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the case, its evidence and the provisions it cites, for another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case exported on another computer (never overwrites one of yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink case (*.zlcase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include children&apos;s and other confidential data in the file? Answer No to leave it out (recommended unless the receiver needs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink case (*.zlcase);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::CitedByPanel</name>
    <message>
        <source>Open a provision to see where it is cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the library cites %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited in %n place(s):</source>
        <translation>
            <numerusform>Cited in %n place:</numerusform>
            <numerusform>Cited in %n places:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::DeadlineRuleDialog</name>
    <message>
        <source>Deadline set by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment given below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of public holidays and transfers is incomplete for this period; check the date by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from: %1. Basis: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DownloadDialog</name>
    <message>
        <source>Download from Adilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act&apos;s page is downloaded from the legacy Adilet site (old.adilet.zan.kz) over HTTPS, one request at a time. Nothing else leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftCheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final version (ready to sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can be saved as the final version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) missing.</source>
        <translation>
            <numerusform>%n thing missing.</numerusform>
            <numerusform>%n things missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to fill them in, or save it as a draft and finish later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final version needs everything listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftCitationsPage</name>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisions the request cites, each pinned to the edition it was read in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As cited in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provision: e.g. связь 41-1 1-2 · Art. 9 of the online platforms law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;newest editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin every provision to the newest edition the library holds in its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such provision in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no provision: give the act and the article, e.g. связь 41-1 1-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft already cites it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftExport</name>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftFieldsPage</name>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the capacity of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s address, contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts and reasons (a paragraph per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact URLs or accounts (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for a whole site or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline falls on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to seek redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the case; change anything. Empty fields are listed in the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ¶ before a paragraph to see why it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document as DOCX, ODT or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ¶ before a paragraph of the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisions cited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition of %1 (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned to an edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed wording of the template; no field or provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftRequestPage</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to write and in which language. The fields are filled from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh and Russian, in two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the case&apos;s list of drafts shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nothing: the first of its chain —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::DraftWizard</name>
    <message>
        <source>The saved draft could not be read (%1); it is filled from the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::EvidenceTable</name>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop files here. The original is kept untouched, with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the case? The stored original is deleted when no other evidence uses it; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 files match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence changed or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network measurement id (e.g. OONI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::ImportOptionsDialog</name>
    <message>
        <source>Import an act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the page says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act, when the file does not name it: choose one or type its Adilet id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::MainWindow</name>
    <message>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink — law library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a saved Adilet page, an Adilet DOCX, copied text or the AdiletCodex dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download from Adilet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ZanLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kk | ru | en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three languages side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edition of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edition date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adilet pages and documents (*.html *.htm *.docx *.txt *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 (%2) from Adilet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded and imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ZanLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink %1

The law library of Kazakh media law — online platforms, communications, protection of children — offline, in Kazakh, Russian and English.

Texts come from the official source, adilet.zan.kz. Texts imported from the AdiletCodex dataset: %2.

Nothing leaves this computer unless you ask for a download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which edition to read; older editions are kept when a newer one is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an older edition; a newer one is in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not in the library yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not found in the library&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an act and numbers, e.g. связь 41-1 1-2, and jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find citations in a &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a news item or a decision and list the acts and provisions it mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law library works; cases are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case first: a draft is written from a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;draft from the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the provision shown, under its full citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::NewPassphraseDialog</name>
    <message>
        <source>Protect the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database (cases, parties, notes, drafts, the audit log) will be kept encrypted on disk and opened only with this passphrase. Evidence files and exported case bundles are not encrypted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file will be encrypted again under the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;: nobody, not even the makers of ZanLink, can open the case file without it. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters; a few unrelated words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a longer passphrase, or one more word, is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add a word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PackExportDialog</name>
    <message>
        <source>Export workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts and articles to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the trainer&apos;s notes on these provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise cases travel without confidential parties (children among them), the notes naming them, evidence and drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise cases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PackImportDialog</name>
    <message>
        <source>Import workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was imported before: only what is not there yet is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law texts: %1 new editions, %2 already in the library (skipped, never replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new, %n provisions</source>
        <translation>
            <numerusform>new, %n provision</numerusform>
            <numerusform>new, %n provisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Acts new to the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s notes: %1 new, %2 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisions to present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise cases, added as new cases (your own cases are never changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by the trainer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PartForm</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PartTable</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Delete); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PassphraseDialog</name>
    <message>
        <source>Protected case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file %1 is protected with a passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can log in as this user can then open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink keeps the passphrase in the system keychain of this user account and opens the case file at start-up without asking. After the case file locks itself (or is locked), the passphrase is still typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PassphraseStore</name>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to present: the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not in the library in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · edition of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s notes (N hides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainer&apos;s note on this provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the pack %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::PrintSupport</name>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::QuickOpenDialog</name>
    <message>
        <source>Go to provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. связь 41-1 1-2 · 41-1-бап · Art. 9 · ст. 41-1 п. 1-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An act (name, number or id) and the numbers of article, paragraph, subparagraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provision is named by these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the act too: no act is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the act is not in the library; Enter shows how to get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no such provision in the library&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::ReaderPrint</name>
    <message>
        <source>Printed from ZanLink on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::ReaderTabs</name>
    <message>
        <source>New &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the place shown in another tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ta&amp;b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::SearchPanel</name>
    <message>
        <source>Search the law (Ctrl+F): words, &quot;a phrase&quot;, қазақша or kazakhsha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Kazakh may be typed with Russian letters (казакстан) or in Latin (qazaqstan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::SearchQuery</name>
    <message>
        <source>The search could not use this query; try plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text was shortened to its first %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for: type letters or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are in very many provisions: the best of the first %1 are shown. Add a word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous paragraph in the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ / ←, Space, Page Down / Page Up, Home / End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::SpellField</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add «%1» to your own %2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept «%1» everywhere until ZanLink closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check is off for %1: its dictionary %2 is not installed (Debian package %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check is off for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::StartupRecovery</name>
    <message>
        <source>Damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2

Put back the backup of %3? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::TextCitationsDialog</name>
    <message>
        <source>in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the library&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act not imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find citations in a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a news item, a court decision or a letter: the acts and provisions it mentions are listed below (e.g. «статья 41-1 закона о связи»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acts or provisions found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) found; Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n citation found; Enter or double-click opens it.</numerusform>
            <numerusform>%n citations found; Enter or double-click opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::ThemeActions</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::TrainerNotesPanel</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file could not be opened: trainers&apos; notes cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the provision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the act shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the provision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this note on the provision the reader shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this note on another provision (as with Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say or ask when this provision is on the screen. The note saves itself; it goes into the workshop packs you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is on no provision yet: open one in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the workshop pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note: it is saved as soon as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty note is not saved; Delete note removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: open the provision the note is on, then Use the provision shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeActions</name>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the interface language and add the laws to the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeDialog</name>
    <message>
        <source>Welcome to ZanLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink is a library of Kazakhstan&apos;s media law in Kazakh, Russian and English that works offline. First choose the language of its menus and windows; it changes at once, and View ▸ Interface language changes it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink reads the laws from its own library on this computer. Add them in one of these ways; each of them is also in the File menu, and Help ▸ Welcome brings this window back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download the three laws from Adilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3, each in Kazakh, Russian and English: nine pages from the official legal information system, one at a time. Needs the internet; you start it on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import saved pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act pages saved from Adilet in a browser, Adilet&apos;s DOCX files, copied text or the AdiletCodex dataset. Works without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;workshop pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zlpack file from a trainer: the acts of a workshop, the provisions to present and exercise cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeDownloadPage</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the three laws from Adilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZanLink downloads these nine pages from %1, one at a time, and imports each into the library on this computer. Only the pages&apos; addresses are sent. The Kazakh and Russian texts are official; the English ones are unofficial translations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n provisions</source>
        <translation>
            <numerusform>Imported: %n provision</numerusform>
            <numerusform>Imported: %n provisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1: %2 received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not downloaded</source>
        <translation>
            <numerusform>%n not downloaded</numerusform>
            <numerusform>%n not downloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1. The documents finished before stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors: %1. What went wrong is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1. Choose a law on the left of the main window to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or open the page in a browser, save it, and import the saved page with File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zanlink::WorkshopActions</name>
    <message>
        <source>Presentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshop pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workshop pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisions cited by the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of the act shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to present yet: open an act, a case citing provisions, or import a workshop pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present which provisions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n provisions)</source>
        <translation>
            <numerusform>%1 (%n provision)</numerusform>
            <numerusform>%1 (%n provisions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop packs (*.zlpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop pack was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop pack exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop pack cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the workshop pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop pack was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop pack imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new editions (%2 already there), %3 notes, %4 exercise cases added as new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s note on the provision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s note could not be saved: %1
Close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
