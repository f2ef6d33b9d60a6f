namespace TechAssist.Browser.Tests;

/// <summary>Where the screenshots go: artifacts/screenshots under the clone, which CI keeps.</summary>
internal static class RepositoryFolders
{
    internal static string Screenshots()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TechAssist.sln")))
        {
            folder = folder.Parent;
        }

        var root = folder?.FullName ?? Path.GetTempPath();
        var screenshots = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        return screenshots;
    }
}
