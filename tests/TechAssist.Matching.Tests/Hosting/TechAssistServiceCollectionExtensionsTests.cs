using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace TechAssist.Matching.Tests.Hosting;

public class TechAssistServiceCollectionExtensionsTests
{
    private static readonly MatchingInput EmptyInput = new() { AsOf = new LocalDate(2009, 1, 1) };

    [Fact]
    public void AddTechAssist_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        services.AddTechAssist().Should().BeSameAs(services);
    }

    [Fact]
    public void AddTechAssist_NoConfiguration_ResolvesDefaultOptionsAndAFactory()
    {
        using var provider = new ServiceCollection().AddTechAssist().BuildServiceProvider();

        provider.GetRequiredService<IOptions<MatchingOptions>>().Value.MinimumScore.Should().Be(40);
        var engine = provider.GetRequiredService<MatchingEngineFactory>().Create(EmptyInput);
        engine.IsValid.Should().BeTrue();
        engine.Value!.Options.Strategy.Should().Be(AllocationStrategy.Optimal);
    }

    [Fact]
    public void AddTechAssist_Configure_IsAppliedToTheOptionsAndTheEngines()
    {
        using var provider = new ServiceCollection()
            .AddTechAssist(o =>
            {
                o.MinimumScore = 55;
                o.Strategy = AllocationStrategy.Greedy;
            })
            .BuildServiceProvider();

        provider.GetRequiredService<IOptions<MatchingOptions>>().Value.MinimumScore.Should().Be(55);
        var factory = provider.GetRequiredService<MatchingEngineFactory>();
        factory.Options.MinimumScore.Should().Be(55);
        var engine = factory.Create(EmptyInput).GetValueOrThrow();
        engine.Options.MinimumScore.Should().Be(55);
        engine.Options.Strategy.Should().Be(AllocationStrategy.Greedy);
    }

    [Fact]
    public void AddTechAssist_CalledTwice_AppliesBothConfigurationsInOrder()
    {
        using var provider = new ServiceCollection()
            .AddTechAssist(o => o.MinimumScore = 50)
            .AddTechAssist(o => o.LanguagePoints = 8)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MatchingOptions>>().Value;
        options.MinimumScore.Should().Be(50);
        options.LanguagePoints.Should().Be(8);
    }

    [Fact]
    public void AddTechAssist_BadOptions_FailWithEveryProblemNamingOptionAndValue()
    {
        using var provider = new ServiceCollection()
            .AddTechAssist(o =>
            {
                o.LanguagePoints = -1;
                o.MinimumScore = 0;
                o.HighPriorityWeight = 1001;
            })
            .BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<MatchingOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MatchingOptions.LanguagePoints = -1: points must not be negative",
            "MatchingOptions.MinimumScore = 0: the minimum score must be from 1 to the maximum score (104)",
            "MatchingOptions.HighPriorityWeight = 1001: a priority weight is from 1 to 1000");
    }

    [Fact]
    public void AddTechAssist_BadOptions_FactoryCannotBeResolved()
    {
        using var provider = new ServiceCollection()
            .AddTechAssist(o => o.Strategy = (AllocationStrategy)9)
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<MatchingEngineFactory>();

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MatchingOptions.Strategy = 9: not an allocation strategy");
    }

    [Fact]
    public void AddTechAssist_RegistersOneStartupValidationEvenWhenCalledTwice()
    {
        var services = new ServiceCollection().AddTechAssist().AddTechAssist();

        services.Count(d => d.ServiceType == typeof(IValidateOptions<MatchingOptions>)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(MatchingEngineFactory)).Should().Be(1);
    }

    [Fact]
    public void AddTechAssist_BadOptions_StartupValidatorThrowsWithEveryProblem()
    {
        // What a host runs at start when ValidateOnStart was asked for (Microsoft.Extensions.Hosting calls it).
        using var provider = new ServiceCollection()
            .AddTechAssist(o => o.GenderPoints = -2)
            .BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MatchingOptions.GenderPoints = -2: points must not be negative");
    }

    [Fact]
    public void AddTechAssist_GoodOptions_StartupValidatorPasses()
    {
        using var provider = new ServiceCollection().AddTechAssist().BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().NotThrow();
    }

    [Fact]
    public void AddTechAssist_KeepsAFactoryTheHostRegisteredFirst()
    {
        var own = new MatchingEngineFactory(Options.Create(new MatchingOptions { MinimumScore = 70 }));
        using var provider = new ServiceCollection()
            .AddSingleton(own)
            .AddTechAssist(o => o.MinimumScore = 45)
            .BuildServiceProvider();

        var factory = provider.GetRequiredService<MatchingEngineFactory>();

        factory.Should().BeSameAs(own);
        factory.Options.MinimumScore.Should().Be(70);
    }

    [Fact]
    public void AddTechAssist_NullServices_Throws()
    {
        var add = () => TechAssistServiceCollectionExtensions.AddTechAssist(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }
}
