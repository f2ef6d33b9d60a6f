using System.Text.Json;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Serialization;

/// <summary>
/// The JSON Schemas in docs/schema are generated from the code. This test fails when they drift; to regenerate them
/// run the tests with TECHASSIST_WRITE_SCHEMAS=1 and review the diff.
/// </summary>
public class JsonSchemaDriftTests
{
    private static readonly Type[] Documents =
    [
        typeof(ConventionStatusDocument),
        typeof(RegionalGroupsDocument),
        typeof(TechAssist.Checklists.ChecklistDocument),
        typeof(TechAssist.Reports.SelfAssessmentReportDocument),
        typeof(TechAssist.Needs.NeedsDocument),
        typeof(TechAssist.Supply.SupplyDocument),
        typeof(TechAssist.Experts.ExpertDirectoryDocument),
    ];

    public static TheoryData<Type> DocumentTypes => [.. Documents];

    /// <summary>Every type with a schema in docs/schema: the documents, and the IATI import result a portal shows.</summary>
    public static TheoryData<Type> SchemaTypes => [.. Documents, typeof(TechAssist.Iati.IatiImportResult)];

    [Theory]
    [MemberData(nameof(DocumentTypes))]
    public void GetJsonSchema_DescribesTheDocumentAndItsVersion(Type documentType)
    {
        var schema = TechAssistJson.GetJsonSchema(documentType, TechAssistJson.Options);

        schema["title"]!.GetValue<string>().Should().Be(documentType.Name);
        schema["properties"]!.AsObject().Should().ContainKey("schemaVersion");
    }

    [Theory]
    [MemberData(nameof(SchemaTypes))]
    public void SchemaInDocs_MatchesTheCode(Type documentType)
    {
        var generated = TechAssistJson.GetJsonSchema(documentType, TechAssistJson.Options)
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = RepositoryFiles.PathOf("docs", "schema", documentType.Name + ".schema.json");

        if (Environment.GetEnvironmentVariable("TECHASSIST_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue(because: $"{path} is generated from the code (run the tests with TECHASSIST_WRITE_SCHEMAS=1)");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, because: "docs/schema must match the code; regenerate with TECHASSIST_WRITE_SCHEMAS=1");
    }
}
