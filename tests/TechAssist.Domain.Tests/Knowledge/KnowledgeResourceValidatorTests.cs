using TechAssist.Knowledge;
using TechAssist.Supply;
using TechAssist.Tests.Supply;

namespace TechAssist.Tests.Knowledge;

public class KnowledgeResourceValidatorTests
{
    private static string[] ProblemsOf(KnowledgeResource resource) =>
        KnowledgeResourceValidator.Validate(resource, "knowledgeResources[1]").Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Validate_Sample_IsValid() => KnowledgeResourceValidator.Validate(SupplySamples.KnowledgeResource).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_EverythingMissing_ListsEach() =>
        ProblemsOf(SupplySamples.KnowledgeResource with { Id = default, Kind = (KnowledgeResourceKind)0, Title = "", Coverage = Coverage.None, Languages = default })
            .Should().Equal(
                "knowledgeResources[1].id: a knowledge resource needs an id",
                "knowledgeResources[1].kind: '0' is not a kind of knowledge resource",
                "knowledgeResources[1].title: a knowledge resource needs a title",
                "knowledgeResources[1].coverage: the coverage must name at least one provision, chapter or thematic area",
                "knowledgeResources[1].languages: a knowledge resource needs at least one language");

    [Theory]
    [InlineData("ftp://example.org/model-law.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("model-law.pdf")]
    public void Validate_LinkNotAbsoluteHttp_IsAProblem(string link) =>
        ProblemsOf(SupplySamples.KnowledgeResource with { Link = new Uri(link, UriKind.RelativeOrAbsolute) }).Should().Equal(
            "knowledgeResources[1].link: the link must be an absolute http or https address");

    [Fact]
    public void Validate_HttpLink_IsAccepted() =>
        ProblemsOf(SupplySamples.KnowledgeResource with { Link = new Uri("http://example.org/guide") }).Should().BeEmpty();
}
