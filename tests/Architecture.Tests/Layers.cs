using System.Reflection;
using NetArchTest.Rules;

namespace InvestPromo.Architecture.Tests;

/// <summary>The four assemblies of the product, and the namespaces that name them.</summary>
internal static class Layers
{
    public const string DomainNamespace = "InvestPromo.Domain";
    public const string ApplicationNamespace = "InvestPromo.Application";
    public const string InfrastructureNamespace = "InvestPromo.Infrastructure";
    public const string ApiNamespace = "InvestPromo.Api";
    public const string EndpointsNamespace = "InvestPromo.Api.Endpoints";

    public static Assembly Domain { get; } = typeof(InvestPromo.Domain.Common.Entity).Assembly;

    public static Assembly Application { get; } = typeof(InvestPromo.Application.DependencyInjection).Assembly;

    public static Assembly Infrastructure { get; } = typeof(InvestPromo.Infrastructure.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(InvestPromo.Api.Endpoints.UnitsEndpoints).Assembly;

    /// <summary>Fails with the offending types listed, so a broken rule says where it is broken.</summary>
    public static void AssertNoFailingTypes(TestResult result, string rule)
    {
        var failing = (result.FailingTypeNames ?? []).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(failing.Count == 0, $"{rule} — broken by:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", failing)}");
        Assert.True(result.IsSuccessful, rule);
    }
}
