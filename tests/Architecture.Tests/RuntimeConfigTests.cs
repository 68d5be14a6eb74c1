using System.Text.Json;

namespace InvestPromo.Architecture.Tests;

/// <summary>The runtime settings the API ships with (its runtimeconfig.json, copied next to this assembly by the project reference).</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_API_runs_workstation_background_GC()
    {
        var properties = ApiConfigProperties();

        // Issue 17's 10-minute reliability run: Server GC grew instance A 24-26% after the warm-up, Workstation GC 12%.
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean(), "System.GC.Server must be false (src/Api/Api.csproj)");
        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean(), "System.GC.Concurrent must be true (src/Api/Api.csproj)");
    }

    private static JsonElement ApiConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "InvestPromo.Api.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is missing: the API's runtimeconfig.json is copied with the project reference");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
