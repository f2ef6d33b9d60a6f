namespace TechAssist.Tests.Hostile;

/// <summary>Opens the hostile-input corpus copied next to the tests.</summary>
internal static class Corpus
{
    internal static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus");

    internal static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    internal static string ReadText(string fileName) => File.ReadAllText(PathOf(fileName));

    internal static byte[] ReadBytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>The valid JSON document of each kind, the seeds the fuzzer mutates.</summary>
    internal static IReadOnlyList<string> ValidJsonFiles { get; } =
        [.. DocumentReaders.Kinds.Select(kind => kind + "-valid.json")];
}
