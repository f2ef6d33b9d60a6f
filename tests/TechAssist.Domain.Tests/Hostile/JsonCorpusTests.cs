namespace TechAssist.Tests.Hostile;

/// <summary>Each broken JSON document of the corpus gives exactly its problems, with path, line and value; none gives a value in part.</summary>
public class JsonCorpusTests
{
    [Theory]
    [InlineData("checklist-duplicate-property.json", false, "$.id: Duplicate property 'id' encountered during deserialization of type 'TechAssist.Checklists.ChecklistDocument' (line 6)")]
    [InlineData("checklist-malformed.json", false, "$.items[1]: The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options (line 8)")]
    [InlineData("checklist-schema-version-2.json", true, "schemaVersion: schema version 2 is not supported: this version of the library reads version 1 [value: 2]")]
    [InlineData("checklist-unknown-provisions.json", true, "items[1].provision: article 72 does not exist [value: 72]", "items[2].provision: '(0)' is not a paragraph number from 1 to 255 [value: 16(0)]", "items[3].provision: '(A)' is not a subparagraph letter from a to z [value: 52(1)(A)]", "items[4].provision: provision 15 is listed more than once (first at items[0]) [value: 15]", "items[5]: an item is missing")]
    [InlineData("convention-status-bad-iso-codes.json", true, "statuses[1].party: 'XYZ' is not a State in the catalogue of 195 States nor EU [value: XYZ]", "statuses[2].party: KEN is listed more than once [value: KEN]")]
    [InlineData("convention-status-dates-out-of-order.json", true, "statuses[0].consentedOn: consent (2003-12-01) comes before signature (2003-12-09) [value: 2003-12-01]")]
    [InlineData("convention-status-impossible-date.json", false, "$.statuses[0].signedOn: the value cannot be read: The month 13 is out of range in year 2003. Value being parsed: '2003-13-09' (line 4)")]
    [InlineData("convention-status-not-an-iso-code.json", false, "$.statuses[0].party: 'KE' is not valid here: expected a State's ISO 3166-1 alpha-3 code such as \"KEN\", or \"EU\" (line 4) [value: KE]")]
    [InlineData("convention-status-wrong-type.json", false, "$.statuses[0].signedOn: the value cannot be read: Cannot get the value of a token type 'Number' as a string (line 4)")]
    [InlineData("experts-duplicate-ids-and-overlaps.json", true, "experts[0].availability[1]: overlaps availability[0] ([2026-03-01, 2026-06-30]); merge the two ranges [value: [2026-06-01, 2026-07-31]]", "experts[1].expertise[0].years: years of experience must be from 0 to 60, not 61 [value: 61]", "experts[1].id: KEN-1 is already used by experts[0] [value: KEN-1]")]
    [InlineData("needs-nested-too-deep.json", false, "$.extra: The maximum configured depth of 64 has been exceeded. Cannot read next JSON array (line 1)")]
    [InlineData("needs-not-an-object.json", false, "$: the JSON value here cannot be read as a NeedsDocument (line 1)")]
    [InlineData("needs-status-history-out-of-order.json", true, "needs[0].statusHistory[1].on: 2008-05-01 comes before the previous change (2008-06-02) [value: 2008-05-01]", "needs[1].id: need KEN-2008/16/LEGAL_ADVICE is listed more than once [value: KEN-2008/16/LEGAL_ADVICE]")]
    [InlineData("needs-unknown-enum.json", false, "$.needs[0].assistanceType: 'Consulting' is not a AssistanceType: expected one of LegalAdvice, LegislativeDrafting, ModelLegislation, ModelAgreements, GoodPractices, ActionPlan, OnSiteExpert, CapacityBuilding, Technology, Other (line 8) [value: Consulting]")]
    [InlineData("regional-groups-participation-left-out.json", true)]
    [InlineData("reports-provision-not-in-checklist.json", true, "reports[0].answers[0].provision: provision 5 is not an item of checklist review-cycle-1 v1 [value: 5]", "reports[0].answers[2].provision: provision 16 is answered more than once (first at answers[1]) [value: 16]")]
    [InlineData("reports-truncated.json", false, "$.reports[0].answers[0].assistanceTypes[1]: Expected start of a property name or value, but instead reached end of data (line 30)")]
    [InlineData("reports-unknown-article.json", false, "$.reports[0].answers[0].provision: '72' is not valid here: expected a provision of the Convention such as \"16\", \"16(2)\" or \"52(1)(a)\", article 1 to 71 (line 12) [value: 72]")]
    [InlineData("supply-defaults-left-out.json", true)]
    [InlineData("supply-duplicate-ids.json", true, "providers[1].id: UNODC is already used by providers[0] [value: UNODC]", "offerings[1].id: UNODC-1 is already used by offerings[0] [value: UNODC-1]", "offerings[1].provider: provider UNDP is not listed in providers [value: UNDP]")]
    [InlineData("supply-missing-required.json", false, "$.offerings[0]: JSON deserialization for type 'TechAssist.Supply.Offering' was missing required properties including: 'title' (line 4)")]
    [InlineData("supply-null-for-required.json", false, "$.offerings[0].title: The constructor parameter 'Title' on type 'TechAssist.Supply.Offering' doesn't allow null values. Consider updating its nullability annotation (line 4)")]
    [InlineData("supply-number-out-of-range.json", false, "$.offerings[0].capacity.engagements: the value cannot be read: Either the JSON value is not in a supported format, or is out of bounds for an Int32 (line 5)")]
    [InlineData("supply-period-reversed.json", false, "$.offerings[0].period: the value cannot be read: End date must not be earlier than the start date (line 5)")]
    [InlineData("supply-relative-link.json", true, "knowledgeResources[0].link: the link must be an absolute http or https address [value: file:///etc/passwd]")]
    public void Read_BrokenDocument_GivesEveryProblem(string fileName, bool readAsJson, params string[] expected)
    {
        var outcome = DocumentReaders.Read(DocumentReaders.KindOf(fileName), Corpus.ReadText(fileName));

        outcome.ReadAsJson.Should().Be(readAsJson);
        outcome.Texts.Should().Equal(expected);
    }

    [Fact]
    public void Read_EveryCorpusDocument_GivesTheSameProblemsAsTextAndAsAStream()
    {
        // Invalid UTF-8 is the one difference: text has already replaced the bad byte (see below).
        foreach (var file in Directory.GetFiles(Corpus.Folder, "*.json").Select(Path.GetFileName).OfType<string>().Where(f => !f.Contains("utf8", StringComparison.Ordinal)))
        {
            var kind = DocumentReaders.KindOf(file);
            var fromText = DocumentReaders.Read(kind, Corpus.ReadText(file));
            var fromStream = DocumentReaders.Read(kind, Corpus.ReadBytes(file));

            fromStream.Texts.Should().Equal(fromText.Texts, because: file);
        }
    }

    [Fact]
    public void Read_InvalidUtf8_IsAProblemAtTheValue()
    {
        // A byte 0xFF inside a string: the stream entry point refuses it; as text it has become U+FFFD and is a bad code.
        var fromBytes = DocumentReaders.Read("regional-groups", Corpus.ReadBytes("regional-groups-invalid-utf8.json"));
        var fromText = DocumentReaders.Read("regional-groups", Corpus.ReadText("regional-groups-invalid-utf8.json"));

        fromBytes.Texts.Should().Equal("$.assignments[0].state: the value cannot be read: Cannot transcode invalid UTF-8 JSON text to UTF-16 string (line 1)");
        fromText.Texts.Should().Equal("$.assignments[0].state: 'K\uFFFDN' is not valid here: expected an ISO 3166-1 alpha-3 country code such as \"KEN\" (line 1) [value: K\uFFFDN]");
    }
}
