using TechAssist.Supply;
using TechAssist.Validation;

namespace TechAssist.Knowledge;

/// <summary>Checks knowledge resources and lists every problem with its path.</summary>
public static class KnowledgeResourceValidator
{
    /// <summary>Validates one resource; paths start with <paramref name="path"/> (<c>knowledgeResources[1]</c>).</summary>
    /// <remarks>Rules: a valid id; a defined kind; a title; a non-empty coverage; at least one language, listed once;
    /// an absolute <c>http</c> or <c>https</c> link.</remarks>
    public static ValidationResult<KnowledgeResource> Validate(KnowledgeResource resource, string path = "knowledgeResource")
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemCollector();
        Check(resource, path, problems);
        return problems.ToResult(resource);
    }

    internal static void Check(KnowledgeResource resource, string path, ProblemCollector problems)
    {
        if (!resource.Id.IsValid)
        {
            problems.Add(path + ".id", null, "a knowledge resource needs an id");
        }

        if (!Enum.IsDefined(resource.Kind))
        {
            problems.Add(path + ".kind", resource.Kind.ToString(), $"'{resource.Kind}' is not a kind of knowledge resource");
        }

        if (string.IsNullOrWhiteSpace(resource.Title))
        {
            problems.Add(path + ".title", resource.Title, "a knowledge resource needs a title");
        }

        SupplyRules.CheckCoverage(resource.Coverage, path + ".coverage", problems);
        if (resource.Languages.IsEmpty)
        {
            problems.Add(path + ".languages", null, "a knowledge resource needs at least one language");
        }

        SupplyRules.CheckLanguages(resource.Languages, path + ".languages", problems);

        if (resource.Link is null)
        {
            problems.Add(path + ".link", null, "a knowledge resource needs a link");
        }
        else if (!resource.Link.IsAbsoluteUri || (resource.Link.Scheme != Uri.UriSchemeHttp && resource.Link.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add(path + ".link", resource.Link.OriginalString, "the link must be an absolute http or https address");
        }
    }
}
