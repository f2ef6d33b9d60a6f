// Checks that each package and its symbols package exist and carry what users and nuget.org expect:
// the README, the MIT licence expression, the XML docs, and the repository commit.
// Usage: dotnet run .ci/check-packages.cs -- <folder> <package id>...
using System.IO.Compression;
using System.Xml.Linq;

var folder = args[0];
var problems = new List<string>();
foreach (var id in args.Skip(1))
{
    var nupkg = Directory.GetFiles(folder, $"{id}.*.nupkg").SingleOrDefault(f => !f.EndsWith(".snupkg", StringComparison.Ordinal));
    var snupkg = Directory.GetFiles(folder, $"{id}.*.snupkg").SingleOrDefault();
    if (nupkg is null || snupkg is null)
    {
        problems.Add($"{id}: missing {(nupkg is null ? ".nupkg" : ".snupkg")} in {folder}");
        continue;
    }

    using var archive = ZipFile.OpenRead(nupkg);
    var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    if (!names.Contains("README.md")) problems.Add($"{id}: no README.md in the package");
    if (!names.Contains($"lib/net10.0/{id}.xml")) problems.Add($"{id}: no XML documentation (lib/net10.0/{id}.xml)");
    if (!names.Contains($"lib/net10.0/{id}.dll")) problems.Add($"{id}: no assembly (lib/net10.0/{id}.dll)");
    // The notebook formatters: .NET Interactive loads this file from the package it references.
    if (id == "TechAssist.Matching" && !names.Contains("interactive-extensions/dotnet/extension.dib")) problems.Add($"{id}: no interactive-extensions/dotnet/extension.dib");

    var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var stream = nuspecEntry.Open();
    var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Get(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
    var license = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
    if (license?.Attribute("type")?.Value != "expression" || license.Value != "MIT") problems.Add($"{id}: the licence is not the expression MIT");
    if (Get("readme") != "README.md") problems.Add($"{id}: the nuspec does not name README.md");
    if (string.IsNullOrWhiteSpace(Get("description"))) problems.Add($"{id}: no description");
    if (string.IsNullOrWhiteSpace(Get("tags"))) problems.Add($"{id}: no tags");
    var repository = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository");
    if (string.IsNullOrWhiteSpace(repository?.Attribute("commit")?.Value)) problems.Add($"{id}: no repository commit in the nuspec");

    using var symbols = ZipFile.OpenRead(snupkg);
    if (!symbols.Entries.Any(e => e.FullName == $"lib/net10.0/{id}.pdb")) problems.Add($"{id}: no portable PDB in the symbols package");
    Console.WriteLine($"{Path.GetFileName(nupkg)}: {archive.Entries.Count} entries; {Path.GetFileName(snupkg)}: {symbols.Entries.Count} entries");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine(problem);
}

return problems.Count == 0 ? 0 : 1;
