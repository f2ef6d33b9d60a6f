namespace TechAssist.Matching.Tests.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds TechAssist.sln.</summary>
    internal static string Root { get; } = FindRoot();

    internal static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TechAssist.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TechAssist.sln above {AppContext.BaseDirectory}.");
    }
}
