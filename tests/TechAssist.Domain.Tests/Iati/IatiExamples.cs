using TechAssist.Iati;

namespace TechAssist.Tests.Iati;

/// <summary>Opens the example files copied next to the tests.</summary>
internal static class IatiExamples
{
    internal static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Iati", "Examples", fileName);

    internal static IatiImportResult Import(string fileName, IatiImportOptions? options = null) =>
        IatiImporter.ImportFile(PathOf(fileName), options);

    internal static IatiImportResult ImportText(string xml, string fileName = "inline.xml", IatiImportOptions? options = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return IatiImporter.Import(stream, fileName, options);
    }
}
