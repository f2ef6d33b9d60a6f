using Microsoft.Extensions.Options;
using NodaTime;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests.Hosting;

public class MatchingEngineFactoryTests
{
    [Fact]
    public void Create_CopiesTheOptions_LaterEditsDoNotChangeIt()
    {
        var options = new MatchingOptions { MinimumScore = 60 };
        var factory = new MatchingEngineFactory(Options.Create(options));

        options.MinimumScore = 20;

        factory.Options.MinimumScore.Should().Be(60);
        factory.Create(new MatchingInput { AsOf = new LocalDate(2009, 1, 1) }).GetValueOrThrow().Options.MinimumScore.Should().Be(60);
    }

    [Fact]
    public void Create_InconsistentInput_ReturnsTheEngineProblems()
    {
        var factory = new MatchingEngineFactory(Options.Create(new MatchingOptions()));
        var provider = new Provider { Id = ProviderId.From("P1"), Name = "P", Kind = ProviderKind.UnEntity };
        var input = new MatchingInput { AsOf = new LocalDate(2009, 1, 1), Providers = [provider, provider] };

        var result = factory.Create(input);

        result.IsValid.Should().BeFalse();
        result.Problems.Should().Equal(MatchingEngine.Create(input).Problems);
    }
}
