using System.Text.Json.Nodes;
using TechAssist.Experts;
using TechAssist.Iati;
using TechAssist.Serialization;
using TechAssist.Supply;

namespace TechAssist.Tests.Serialization;

/// <summary>
/// The JSON Schemas of the supply-side documents in docs/schema are generated from the code; this test fails when they
/// drift. To regenerate them, run the tests with the environment variable TECHASSIST_WRITE_SCHEMAS=1.
/// </summary>
public class SupplySchemaTests
{
    public static TheoryData<string> Documents => new() { nameof(SupplyDocument), nameof(ExpertDirectoryDocument), nameof(IatiImportResult) };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsAnObjectWithPropertiesAndMatchesDocs(string name)
    {
        var schema = SchemaOf(name);
        var text = schema.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";

        schema["type"]!.GetValue<string>().Should().Be("object");
        schema["properties"]!.AsObject().Should().ContainKey(name == nameof(IatiImportResult) ? "fileName" : "schemaVersion");

        var docsFile = Path.Combine(RepositoryRoot(), "docs", "schema", name + ".schema.json");
        if (Environment.GetEnvironmentVariable("TECHASSIST_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(docsFile, text);
        }

        var copied = Path.Combine(AppContext.BaseDirectory, "schema", name + ".schema.json");
        File.Exists(copied).Should().BeTrue($"docs/schema/{name}.schema.json must exist (run the tests with TECHASSIST_WRITE_SCHEMAS=1)");
        File.ReadAllText(copied).ReplaceLineEndings("\n").Should().Be(text, $"docs/schema/{name}.schema.json is generated from the code");
    }

    private static JsonNode SchemaOf(string name) => name switch
    {
        nameof(SupplyDocument) => TechAssistJson.GetJsonSchema<SupplyDocument>(),
        nameof(ExpertDirectoryDocument) => TechAssistJson.GetJsonSchema<ExpertDirectoryDocument>(),
        _ => TechAssistJson.GetJsonSchema<IatiImportResult>(),
    };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechAssist.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
