using NodaTime;
using TechAssist.Collections;
using TechAssist.Experts;
using TechAssist.Knowledge;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

/// <summary>Null parts, which JSON can produce where the type system says "required".</summary>
public class MissingPartsValidationTests
{
    [Fact]
    public void Offering_NullScopeCapacityAndEligibility_ListsEach() =>
        OfferingValidator.Validate(SupplySamples.Offering with { Scope = null!, Capacity = null!, Eligibility = null!, Coverage = null! })
            .Problems.Select(p => p.ToString()).Should().Equal(
                "offering.coverage: the coverage must name at least one provision, chapter or thematic area",
                "offering.scope: an offering needs a scope",
                "offering.capacity: an offering needs a capacity",
                "offering.eligibility: an offering needs its eligibility");

    [Fact]
    public void Expert_NullExpertiseAndAvailability_ListsEach() =>
        ExpertValidator.Validate(SupplySamples.Expert with
        {
            Expertise = new Expertise[] { null! },
            Availability = new DateInterval[] { null! },
        }).Problems.Select(p => p.ToString()).Should().Equal(
            "expert.expertise[0]: a field of expertise is missing",
            "expert.availability[0]: an availability range is missing");

    [Fact]
    public void KnowledgeResource_NullLink_IsAProblem() =>
        KnowledgeResourceValidator.Validate(SupplySamples.KnowledgeResource with { Link = null! })
            .Problems.Select(p => p.ToString()).Should().Equal("knowledgeResource.link: a knowledge resource needs a link");

    [Fact]
    public void Documents_NullEntries_ListEach()
    {
        new SupplyDocument
        {
            Providers = new Provider[] { null! },
            Offerings = new Offering[] { null! },
            KnowledgeResources = new KnowledgeResource[] { null! },
        }.Validate().Problems.Select(p => p.ToString()).Should().Equal(
            "providers[0]: a provider is missing",
            "offerings[0]: an offering is missing",
            "knowledgeResources[0]: a knowledge resource is missing");

        new ExpertDirectoryDocument { Experts = new Expert[] { null! } }
            .Validate().Problems.Select(p => p.ToString()).Should().Equal("experts[0]: an expert is missing");
    }

    [Fact]
    public void SupplyDocument_WrongSchemaVersion_IsAProblem() =>
        new SupplyDocument { SchemaVersion = 3 }.Validate().Problems.Select(p => p.ToString()).Should().Equal(
            "schemaVersion: schema version 3 is not supported: this version of the library reads version 1");
}
