using System.Text.RegularExpressions;
using System.Xml.Linq;
using TechAssist.Matching.Tests.Testing;

namespace TechAssist.Matching.Tests.Reporting;

/// <summary>The notebooks of docs/notebooks ask for the version the build packs, and load it as .ci/run expects.</summary>
public sealed partial class NotebookDocsTests
{
    public static TheoryData<string> Notebooks() => [.. NotebookNames()];

    [Fact]
    public void Notebooks_AreTheThreeTheReadmeNames()
    {
        NotebookNames().Should().Equal("donor-view.dib", "getting-started.dib", "picture-2008.dib");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_ReferencesThePackedVersionOfTheMatchingPackage(string name)
    {
        var version = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props")).Descendants("Version").Single().Value;
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "notebooks", name));

        var references = PackageReference().Matches(text).Select(m => (m.Groups["id"].Value, m.Groups["version"].Value)).ToList();

        references.Should().Equal(("TechAssist.Matching", version));
        text.Should().Contain("artifacts\", \"packages\"", "the notebook adds the folder that dotnet pack -o artifacts/packages fills");
    }

    private static List<string> NotebookNames() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("docs", "notebooks"), "*.dib").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?m)^#r ""nuget: *(?<id>[^,""]+), *(?<version>[^""]+)""")]
    private static partial Regex PackageReference();
}
