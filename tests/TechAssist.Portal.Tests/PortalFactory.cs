using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace TechAssist.Portal.Tests;

/// <summary>The sample portal in memory, with a clock stopped at noon UTC on <paramref name="today"/>.</summary>
public sealed class PortalFactory(LocalDate today) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(new FakeClock(today.At(new LocalTime(12, 0)).InUtc().ToInstant()));
        });
    }
}
