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
        <source>Waymark cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
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
    <message numerus="yes">
        <source>%n family(ies)</source>
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
</context>
<context>
    <name>waymark::CommandLine</name>
    <message>
        <source>Commands:
  init                      create the database (or bring it up to date)
  check                     check integrity and schema version
  demo-data [--seed N] [--families N]
                            fill a new database with fictional demo families
  export --format json [--output FILE]
                            write everything stored, losslessly
  import FILE               load an export into an empty database (all or nothing)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created database %1 (schema version %2).
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
    <message numerus="yes">
        <source>integrity check FAILED (%n problem(s)). Restore the latest backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Added fictional demo data to %1: %2 families, %3 people, %4 involvements, %5 case notes, %6 workers.
</source>
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
        <source>Exported %1 to %2.
</source>
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
</context>
<context>
    <name>waymark::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
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
    <message numerus="yes">
        <source>%n open service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS %1</source>
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
    <message numerus="yes">
        <source>%n family(ies) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Working as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a worker...</source>
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
        <source>%1 is not a Waymark database (it is not an SQLite file). Nothing was changed.</source>
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
