<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ChronologyWidget</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller of Irish heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gypsy/Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other mixed background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoptive parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a kinship family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special guardianship order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child arrangements order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship foster care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private family arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help: unassessed brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help: assessed targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help: intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families First intensive support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred, awaiting allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family met outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer most appropriate service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped up to social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family refused service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family disengaged from service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral not appropriate: no further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health (GP, health visitor, school nurse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post adoption team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fostering team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family (self-referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agency meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted contact (no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term stable home (ratified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term home until 18 (ratified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed for adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement out of the borough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregulated provision (16 and over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Waymark: family-support case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file instead of the default (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts, all with the password you just chose: helen.rowbotham (team manager), claire.pennington (family support worker), janet.haworth (LIFT coordinator), colin.entwistle (supervising social worker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in %1. Contact IT support before doing anything else with this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup is %1. To restore it, close Waymark and run:

waymark-cli restore &quot;%1&quot; --database &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark found a problem in %1 and will not work on it:
%2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this family (its number in the database) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::AccessHistoryDialog</name>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: every view and change, newest first, from the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Blaby Early Help; separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (tell them in person; they should change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CaseListModel</name>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CaseListPanel</name>
    <message>
        <source>Search: name, date of birth or any identifier (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 families: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Chronology</name>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ChronologyWidget</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant events only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing recorded yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing matches the filter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are they worried about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recorded &amp;event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recorded event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; recorded for %2? The deadlines that follow from it are worked out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CommandLine</name>
    <message>
        <source>Database %1 is ready (schema version %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Waymark writes version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema will be upgraded the next time Waymark opens this file (or run: waymark-cli init).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a DEMO database of fictional families.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--families must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format json (the only format so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one FILE to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark command line: set up, check, fill, export and import a Waymark database.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, check, demo-data, export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-data: random seed (same seed, same families).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-data: how many families (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the format, json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: users list | add USER --role ROLE --team TEAM [--name NAME] [--worker ID] | reset-password USER [--recovery-key-file FILE] | unlock USER | disable USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--worker must be a worker&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is changed; the database was not re-encrypted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key (shown only now; the old one no longer works): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is re-encrypted under a new key. Passwords and the recovery key are unchanged. Backups made before now still use the old key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: audit verify | audit family ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit family needs the family&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the audit trail has been tampered with (%n problem(s) in %1 entries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, chain intact.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (all but workdays and deadlines sign in: --user and --password-file, or WAYMARK_USER
and WAYMARK_PASSWORD):
  init [--name NAME]        create the encrypted database with you as its administrator
                            (prints the recovery key once), or bring it up to date
  check                     check integrity and schema version
  demo-data [--seed N] [--families N]
                            fill a new database with fictional demo families and accounts
  export --format json [--output FILE]
                            write everything stored, losslessly (not encrypted)
  import FILE               load an export into an empty database (all or nothing)
  backup [--output FILE]    an encrypted, checked copy (default: backups/ beside the database)
  restore BACKUP            replace the database with a checked backup
  users list|add|reset-password|unlock|disable ...
                            accounts (administrator); add USER --role R --team T [--name N]
  recovery-key              make a new recovery key (the old one stops working)
  rekey                     re-encrypt the database under a new key
  audit verify              check the audit trail&apos;s hash chain (administrator, manager)
  audit family ID           who viewed or changed a family&apos;s record (team manager)
  retention [set-years N | delete FAMILY_ID --reason TEXT]
                            closed families past the retention period (administrator)
  workdays add DATE N       the date N working days after DATE (N &lt; 0: before)
  workdays count FROM TO    the number of working days in (FROM, TO]
  deadlines --scenario FILE [--as-of DATE] [--rules-override FILE]
                            every deadline of one case given as JSON (no database)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdays: england-and-wales (default), scotland or northern-ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdays: a GOV.UK bank-holidays.json file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user (or WAYMARK_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (or WAYMARK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, users add: the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add: the account&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add: a team whose cases the account sees (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add: the worker record (number) cases are allocated to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add, reset-password: the new password&apos;s file (or WAYMARK_NEW_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users reset-password: sign in with the recovery key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sar: the folder for the report&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention delete: why (recorded in the audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines: the case, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines: the day to judge by (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines: an authority&apos;s rule file replacing or adding rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in first: give --user and --password-file, or set WAYMARK_USER and WAYMARK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new password with --new-password-file or WAYMARK_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords are different; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the encrypted database %1 with the administrator account &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only now): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it locked away from the laptop. With it an administrator can reset any password; without it, a forgotten password cannot be recovered.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: yes (SQLCipher)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup: waymark-cli restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>integrity check FAILED (%n problem(s)). </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added fictional demo data to %1: %2 families, %3 people, %4 involvements, %5 case notes, %6 workers, %7 accounts (each with your password).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2. The export is not encrypted: keep it on an encrypted drive and delete it when done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (encrypted, checked), with its key file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs exactly one BACKUP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines needs --scenario FILE (a case as JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: retention | retention set-years N | retention delete FAMILY_ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention delete needs --reason (e.g. the retention schedule&apos;s entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are now kept %1 years after the last service closed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted family %1: %2 people, %3 services, %4 notes, %5 events. The audit trail records the deletion and its reason.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %1 years after the last service closed. %n family record(s) due for review:
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: waymark-cli workdays add DATE N | workdays count FROM TO [--division england-and-wales|scotland|northern-ireland] [--bank-holidays FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --division &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are too far apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workdays command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sar PERSON_ID [--output-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1 (record %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE: personal data. Review third-party names before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1.json and %1.pdf: %2 case notes, %3 audit entries, %n third-party name(s) marked for review. Neither file is encrypted: keep them on encrypted storage.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  sar PERSON_ID [--output-dir DIR]
                            subject access request: everything held about one
                            person, as JSON and PDF (administrator)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CreateAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be encrypted. Its first account is an administrator, who adds the workers&apos; accounts and can reset their passwords.&lt;/p&gt;&lt;p&gt;Choose a password of at least 10 characters: a few unrelated words are strong and easy to remember.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::DeadlinePanel</name>
    <message>
        <source>Show &amp;met and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant e&amp;xtension...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team manager can grant an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadlines are open. Record what has happened in the case (a referral, a visit, a plan) and the timescales that follow from it appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::DeadlineTable</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (local override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (local rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Deadlines</name>
    <message>
        <source>There is no family %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement %1 is not one of this family&apos;s involvements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 is not a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event kind the rule book knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s date is in the future: record it once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension: the guidance requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot; in the rule book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs the original and the new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date must be later than the original one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team manager can grant an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2) is due %3, when the child is %4 (date of birth %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2) is due %3, the same day as %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2) is due %3, %4 before %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2) is due %3, %4 after %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the latest one; it recurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, skipping the bank holiday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, skipping the bank holidays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; extended to %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; met by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; done late, %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [local override from %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [local rule from %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;events&quot; must map each event kind to its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;rules&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each rule must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be at most %3: no timescale is longer than 100 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.unit &quot;%2&quot; is not one of hours, days, working_days, weeks, months, years_months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;%1.amount&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no timescale is longer than 100 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a known condition (service, intervention, placement_type, eh_outcome, cared_for, age_years, since, recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.cared_for must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.age_years must be an object with min and/or max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;event&quot; and &quot;min_months&quot; or &quot;under_months&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;starts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;starts&quot; names no event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction &quot;%1&quot; must be &quot;after&quot; or &quot;before&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recurs&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;variants&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an age rule (starts child_dob) can neither recur nor count backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule &quot;%2&quot;: unknown event kind &quot;%3&quot; (add it to &quot;events&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the built-in rule file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in rule book is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule &quot;%2&quot;: duplicate id (also in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule &quot;%2&quot;: duplicate id in the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected date of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected brief, targeted or intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a prioritisation outcome from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a list of events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with kind and at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an event kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: no rule uses the event kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension needs the reason it was granted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Demo</name>
    <message>
        <source>The demo generator made an invalid %1, which is a fault in Waymark: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the records in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo families must be between 1 and %1 (it was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds real records, so no demo data was added. Demo families are never mixed with real ones: create a new, empty database for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts are only made in a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be someone already recorded. Using the existing record keeps one child as one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new person anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Exchange</name>
    <message>
        <source>id %1 is used by an earlier record of the same kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 is not a member of family %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier draft has the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already has a draft with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Waymark export (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Waymark reads version %1 of the export format, not version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs an empty database, and this one already has workers, people or families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a record id (a whole number above 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a record id (a whole number above 0) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time as yyyy-MM-ddTHH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no worker with id %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no family with id %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no involvement with id %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involvement %1 belongs to another family than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an event kind such as &quot;eh_plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension needs a rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new due date must be later than originalDue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text (this has an invalid \u escape, a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time as HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ExtensionDialog</name>
    <message>
        <source>Grant an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more time is needed, as agreed in the management discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension moves the date later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FamilyDialog</name>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Ashworth family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a relative or friend bringing up the child? Record the legal order or the private arrangement, so kinship families can be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinship status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FamilyView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental resp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;family details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ser&amp;vice...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unborn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the service involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case system %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FirstRunDialog</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Waymark&lt;/h2&gt;&lt;p&gt;Waymark keeps family-support case records on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with demo families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a separate practice file of fictional families. It is marked DEMO and never mixed with real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my real records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an empty case file for real families.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::IdleMonitor</name>
    <message>
        <source>Waymark locked itself because the computer was asleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waymark locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::InvolvementDialog</name>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of the issues, as the referral gave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocated worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure o&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed / not cared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a cared-for child lives: statutory visit intervals depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::LockScreen</name>
    <message>
        <source>&lt;h2&gt;Waymark is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot check passwords; quit and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark - %1 - DEMO: fictional families only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family from the list, or create one with New family (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New family...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit family details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a worker...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the family.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DEMO: fictional families only. Do not record real families here. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 overdue deadline(s). &lt;a href=&quot;show&quot;&gt;Show my deadlines&lt;/a&gt; (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rules could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who has seen this record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (encrypted, checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MyDeadlinesWindow</name>
    <message>
        <source>My deadlines - Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the case. Hover a deadline for how its date was worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (Working as) to see your deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines: %1, of which overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::NoteEditor</name>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the contact; outcomes it helped achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are they worried about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the child and family say? Their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the note is about, e.g. &quot;Home visit to complete assessment&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home, school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone present; professionals with name and agency or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;worked well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo&amp;rries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the &amp;child and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this note? What you have written will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (referred %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a note you had not saved (kept %1). Save it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PersonDialog</name>
    <message>
        <source>E&amp;xpected (unborn child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds &amp;parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lives in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LIFT SU number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Framework-i number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship to the child(ren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-&amp;care number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-s&amp;ystem number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how this person is related to the child(ren).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::RecordEventDialog</name>
    <message>
        <source>Record an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about one child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future: record events once they happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the database&apos;s &lt;b&gt;recovery key&lt;/b&gt;. If every administrator forgets their password, it is the only way back into the records.&lt;/p&gt;&lt;p&gt;Write it on paper and keep it locked away, apart from this laptop. It will not be shown again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery key down and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Security</name>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see who viewed a family&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a buddy code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read restricted notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review records past their retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open family records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator or a team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor&apos;s supervising social worker or a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case-holding role (not an administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can %2; you are signed in as %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family&apos;s record belongs to another team; you cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team name must be one line of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone except an administrator belongs to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not active on %1. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key signs in only as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in, so nothing can be recorded or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to verify the audit trail (its key comes from the key file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: expected entry %2 here; entries are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: it does not follow the entry before it (removed or reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: its details were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: it was altered (its seal does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: it is not the entry recorded at the last sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing from the end of the trail (the last sign-in recorded entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is a whole number of years from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for deleting (e.g. the retention schedule&apos;s entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is not past its retention period (or has an open service); nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Waymark holds about this person. Names of other people are marked [third party] for the reviewer to decide on redaction before this is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third parties named in these records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (about the whole family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed or changed these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds a damaged password salt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file asks for a password cost outside the safe range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds a damaged key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: expected base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing. It must sit beside the database; restore it from the backup it was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Waymark key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.format: this is not a Waymark key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.version: version %1 is not one this Waymark reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.slots: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: expected &quot;password&quot; or &quot;recovery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.user: expected a lower-case user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.user: this user already has a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.lockedUntil: expected a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a character that is not in it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters (a few words together are easy to remember and hard to guess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file already exists at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords. Try again after %2, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the database key cannot be unwrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this database&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: the database key cannot be unwrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rekey was in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file changed underneath Waymark; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot sign in on this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::SignInDialog</name>
    <message>
        <source>Sign in to Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The records are encrypted; your password unlocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Storage</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personIds: person %1 is not a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Waymark database (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Waymark database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Waymark (database version %2; this Waymark understands up to version %3). Install the newer Waymark to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: record %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link from table %1 row %2 to table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a member of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no involvement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same social-care number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same case-system number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: part of the change failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank holidays file is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.%1: the bank holidays file has no &quot;%1&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.%1.events: expected a list of bank holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.date: expected a date as yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.title: expected the holiday&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put %1 in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at %1 was written but does not open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at %1 fails the integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 fails the integrity check (%2); choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the current database aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was put in place but does not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a family, a kind and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the database key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Waymark was built without SQLCipher, so it cannot encrypt the database. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be unlocked: it is not a Waymark database, or the key file beside it belongs to another database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted. Waymark only keeps records in encrypted files: if it came from an earlier Waymark, export it there and import the export into a new database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database key was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: record %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups need an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a family, a rule, the original and new due dates, a reason and the manager who granted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no extension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unborn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Validation</name>
    <message>
        <source>Write the date as day/month/year, for example 25/12/2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a real date (check the day and month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, &apos;-&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a UK postcode (for example LE1 6ZG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a first name (an unborn child may have none: tick &quot;expected&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expected date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expected date of birth is at most 10 months ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future. For an unborn child, tick &quot;expected&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only digits, spaces and + ( ) -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the family, for example &quot;Ashworth family&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member must be a recorded person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the worker&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The involvement must belong to a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot open before the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open case needs the date it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the case closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot close before it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case has a close date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case has a closure outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note must belong to a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject that says what the note is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time of the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::WorkerDialog</name>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Blaby Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
