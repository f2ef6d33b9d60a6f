using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using TechAssist.Consent;
using TechAssist.Matching;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Samples;
using TechAssist.Needs;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Portal.Tests;

public sealed class PortalEndpointsTests : IClassFixture<PortalEndpointsTests.Scenario>
{
    private readonly Scenario _scenario;

    public PortalEndpointsTests(Scenario scenario) => _scenario = scenario;

    [Fact]
    public async Task Matches_ForThePublic_NeverShowAConfidentialNeed()
    {
        using var client = await _scenario.LoadedClientAsync();

        var secretariat = await client.GetStringAsync(new Uri("/matches?viewer=secretariat", UriKind.Relative));
        var publicView = await client.GetStringAsync(new Uri("/matches?viewer=public", UriKind.Relative));

        var confidential = _scenario.Matching.Input.Needs
            .Where(n => n.Consent.Scope == SharingScope.Confidential)
            .Select(n => $"\"{n.Id}\"")
            .ToArray();
        confidential.Should().NotBeEmpty();
        confidential.Should().Contain(id => secretariat.Contains(id, StringComparison.Ordinal), "the secretariat sees every need");
        confidential.Should().NotContain(id => publicView.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matches_AreTheEngineRunFilteredForTheViewer()
    {
        using var client = await _scenario.LoadedClientAsync();

        foreach (var (query, viewer) in new[]
        {
            ("secretariat", Viewer.Secretariat),
            ("public", Viewer.Public),
            ("provider:ILL-UN-1", Viewer.ForProvider(ProviderId.From("ILL-UN-1"))),
        })
        {
            var body = await client.GetStringAsync(new Uri("/matches?viewer=" + query, UriKind.Relative));

            var result = TechAssistJson.Deserialize<MatchingResult>(body, MatchingJson.Options).GetValueOrThrow();
            result.Should().Be(_scenario.ExpectedRun.ForViewer(viewer), query);
        }
    }

    [Fact]
    public async Task Matches_WithoutViewer_AreThePublicView()
    {
        using var client = await _scenario.LoadedClientAsync();

        var none = await client.GetStringAsync(new Uri("/matches", UriKind.Relative));
        var publicView = await client.GetStringAsync(new Uri("/matches?viewer=public", UriKind.Relative));

        none.Should().Be(publicView);
    }

    [Fact]
    public async Task Matrix_IsTheEngineMatrixForTheViewer()
    {
        using var client = await _scenario.LoadedClientAsync();

        foreach (var (query, viewer) in new[] { ("secretariat", Viewer.Secretariat), ("public", Viewer.Public) })
        {
            var body = await client.GetStringAsync(new Uri("/matrix?viewer=" + query, UriKind.Relative));

            var matrix = TechAssistJson.Deserialize<NeedsSupplyMatrix>(body, MatchingJson.Options).GetValueOrThrow();
            matrix.Should().Be(_scenario.ExpectedEngine.BuildMatrix(_scenario.ExpectedRun, new MatrixOptions(), viewer), query);
        }
    }

    [Fact]
    public async Task Matches_UnknownViewer_Gives400NamingTheParameter()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/matches?viewer=donor", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problems = await ProblemsAsync(response);
        problems.Should().Equal(("viewer", "donor", "a viewer is public, secretariat, provider:{provider id} or state:{ISO 3166 alpha-3 code}"));
    }

    [Fact]
    public async Task PostNeeds_MalformedJson_Gives400WithThePath()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf);
        using var client = factory.CreateClient();

        var response = await PostAsync(client, "/needs", """{ "schemaVersion": 1, "needs": [ { "id": 12 } ] }""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problems = await ProblemsAsync(response);
        problems.Should().ContainSingle().Which.Path.Should().Be("$.needs[0].id");
    }

    [Fact]
    public async Task PostNeeds_RepeatedNeed_Gives400ListingItAndStoresNothing()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf);
        using var client = factory.CreateClient();
        var need = _scenario.Matching.Input.Needs[0];
        var other = _scenario.Matching.Input.Needs[1];

        var response = await PostAsync(client, "/needs", TechAssistJson.Serialize(new NeedsDocument { Needs = [need, other, need] }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ProblemsAsync(response)).Should().Equal(("needs[2].id", need.Id.Value, $"need {need.Id} is listed more than once"));
        var matches = await client.GetStringAsync(new Uri("/matches?viewer=secretariat", UriKind.Relative));
        TechAssistJson.Deserialize<MatchingResult>(matches, MatchingJson.Options).GetValueOrThrow().Unassigned.Should().BeEmpty();
    }

    [Fact]
    public async Task PostNeeds_OtherSchemaVersion_Gives400()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf);
        using var client = factory.CreateClient();

        var response = await PostAsync(client, "/needs", """{ "schemaVersion": 2, "needs": [] }""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ProblemsAsync(response)).Should().ContainSingle().Which.Path.Should().Be("schemaVersion");
    }

    [Fact]
    public async Task PostSupply_OfferingOfAnUnlistedProvider_Gives400WithEveryProblem()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf);
        using var client = factory.CreateClient();
        var offering = _scenario.Matching.Input.Offerings[0];
        var document = new SupplyDocument { Offerings = [offering, offering] };

        var response = await PostAsync(client, "/supply", TechAssistJson.Serialize(document));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ProblemsAsync(response)).Should().Equal(
            ("offerings[0].provider", offering.Provider.Value, $"provider {offering.Provider} is not listed in providers"),
            ("offerings[1].id", offering.Id.Value, $"{offering.Id} is already used by offerings[0]"),
            ("offerings[1].provider", offering.Provider.Value, $"provider {offering.Provider} is not listed in providers"));
    }

    [Fact]
    public async Task PostNeeds_GoodDocument_ReportsWhatWasStored()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf);
        using var client = factory.CreateClient();
        var needs = _scenario.Matching.Input.Needs.Take(3).ToArray();

        var response = await PostAsync(client, "/needs", TechAssistJson.Serialize(new NeedsDocument { Needs = [.. needs] }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("accepted").GetInt32().Should().Be(3);
        body.RootElement.GetProperty("version").GetInt64().Should().Be(1);
    }

    [Fact]
    public void Start_InvalidMatchingOptions_FailsWithEveryProblem()
    {
        using var factory = new PortalFactory(_scenario.Matching.Input.AsOf).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddTechAssist(o =>
            {
                o.MinimumScore = 0;
                o.PeriodPoints = -5;
            })));

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MatchingOptions.PeriodPoints = -5: points must not be negative",
            "MatchingOptions.MinimumScore = 0: the minimum score must be from 1 to the maximum score (100)");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<(string Path, string? Value, string Message)[]> ProblemsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetInt32().Should().Be((int)response.StatusCode);
        return body.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (
                e.GetProperty("path").GetString()!,
                e.GetProperty("value").ValueKind == JsonValueKind.Null ? null : e.GetProperty("value").GetString(),
                e.GetProperty("message").GetString()!))
            .ToArray();
    }

    /// <summary>The illustrative scenario, the engine run the portal should reproduce, and a way to load it into a fresh portal.</summary>
    public sealed class Scenario : IDisposable
    {
        private readonly List<PortalFactory> _factories = [];

        public Scenario()
        {
            Matching = IllustrativeMatchingScenario.Create();

            // The portal holds no experts; the rest of the input is the scenario's.
            ExpectedEngine = MatchingEngine.Create(Matching.Input with { Experts = default }).GetValueOrThrow();
            ExpectedRun = ExpectedEngine.Run();
        }

        public IllustrativeMatchingScenario Matching { get; }

        public MatchingEngine ExpectedEngine { get; }

        public MatchingResult ExpectedRun { get; }

        public async Task<HttpClient> LoadedClientAsync()
        {
            var factory = new PortalFactory(Matching.Input.AsOf);
            _factories.Add(factory);
            var client = factory.CreateClient();
            var input = Matching.Input;
            await Post(client, "/statuses", TechAssistJson.Serialize(new ConventionStatusDocument { Statuses = input.Statuses.Statuses }));
            await Post(client, "/needs", TechAssistJson.Serialize(new NeedsDocument { Needs = input.Needs }));
            await Post(client, "/supply", TechAssistJson.Serialize(new SupplyDocument
            {
                Providers = input.Providers,
                Offerings = input.Offerings,
                KnowledgeResources = input.KnowledgeResources,
            }));
            return client;

            static async Task Post(HttpClient client, string path, string json)
            {
                var response = await PostAsync(client, path, json);
                response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }
        }

        public void Dispose()
        {
            foreach (var factory in _factories)
            {
                factory.Dispose();
            }
        }
    }
}
