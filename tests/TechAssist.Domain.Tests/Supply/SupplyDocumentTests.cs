using TechAssist.Collections;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class SupplyDocumentTests
{
    [Fact]
    public void Validate_Sample_IsValid() =>
        new SupplyDocument
        {
            Providers = EquatableArray.Create(SupplySamples.Provider),
            Offerings = EquatableArray.Create(SupplySamples.Offering),
            KnowledgeResources = EquatableArray.Create(SupplySamples.KnowledgeResource),
        }.Validate().IsValid.Should().BeTrue();

    [Fact]
    public void Validate_RepeatedIdsAndUnlistedProvider_ListsEveryProblemWithItsPath()
    {
        var document = new SupplyDocument
        {
            Providers = EquatableArray.Create(SupplySamples.Provider, SupplySamples.Provider),
            Offerings = EquatableArray.Create(
                SupplySamples.Offering,
                SupplySamples.Offering with { Provider = ProviderId.From("UNODC"), Capacity = new Capacity { Engagements = 0 } },
                SupplySamples.Offering with { Id = OfferingId.From("other") }),
            KnowledgeResources = EquatableArray.Create(SupplySamples.KnowledgeResource, SupplySamples.KnowledgeResource),
        };

        document.Validate().Problems.Select(p => p.ToString()).Should().Equal(
            "providers[1].id: BR-ABC is already used by providers[0]",
            "offerings[1].capacity.engagements: the capacity must be at least 1 engagement, not 0",
            "offerings[1].id: BR-ABC-2026-1 is already used by offerings[0]",
            "offerings[1].provider: provider UNODC is not listed in providers",
            "knowledgeResources[1].id: asset-recovery-handbook is already used by knowledgeResources[0]");
    }
}
