using System.Globalization;

namespace TechAssist.Validation;

/// <summary>Problems every document type can have.</summary>
internal static class DocumentProblems
{
    internal static ValidationProblem SchemaVersion(int found, int supported) => new(
        "schemaVersion",
        found.ToString(CultureInfo.InvariantCulture),
        $"schema version {found} is not supported: this version of the library reads version {supported}");
}
