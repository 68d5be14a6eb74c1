using NetArchTest.Rules;

namespace InvestPromo.Architecture.Tests;

/// <summary>Arrows point inwards only: Api → Application → Domain; Infrastructure → Application.</summary>
public sealed class LayerDependencyTests
{
    [Fact]
    public void The_domain_depends_on_no_other_layer()
    {
        var result = Types.InAssembly(Layers.Domain)
            .ShouldNot().HaveDependencyOnAny(Layers.ApplicationNamespace, Layers.InfrastructureNamespace, Layers.ApiNamespace)
            .GetResult();

        Layers.AssertNoFailingTypes(result, "Domain must not depend on Application, Infrastructure or Api");
    }

    [Fact]
    public void The_domain_knows_nothing_of_EF_Core_or_ASP_NET_Core()
    {
        var result = Types.InAssembly(Layers.Domain)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Layers.AssertNoFailingTypes(result, "Domain must not depend on EF Core or ASP.NET Core");
    }

    [Fact]
    public void The_application_depends_neither_on_infrastructure_nor_on_the_api()
    {
        var result = Types.InAssembly(Layers.Application)
            .ShouldNot().HaveDependencyOnAny(Layers.InfrastructureNamespace, Layers.ApiNamespace)
            .GetResult();

        Layers.AssertNoFailingTypes(result, "Application must not depend on Infrastructure or Api");
    }

    [Fact]
    public void The_application_does_not_depend_on_ASP_NET_Core()
    {
        var result = Types.InAssembly(Layers.Application)
            .ShouldNot().HaveDependencyOn("Microsoft.AspNetCore")
            .GetResult();

        Layers.AssertNoFailingTypes(result, "Application must not depend on ASP.NET Core");
    }

    [Fact]
    public void The_application_assembly_references_neither_infrastructure_nor_api_nor_ASP_NET_Core()
    {
        var referenced = Layers.Application.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(referenced, n => n.StartsWith(Layers.InfrastructureNamespace, StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith(Layers.ApiNamespace, StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_the_api()
    {
        var result = Types.InAssembly(Layers.Infrastructure)
            .ShouldNot().HaveDependencyOn(Layers.ApiNamespace)
            .GetResult();

        Layers.AssertNoFailingTypes(result, "Infrastructure must not depend on Api");
    }

    [Fact]
    public void Endpoints_depend_neither_on_infrastructure_nor_on_EF_Core()
    {
        var endpoints = Types.InAssembly(Layers.Api).That().ResideInNamespace(Layers.EndpointsNamespace);
        Assert.NotEmpty(endpoints.GetTypes());

        var result = endpoints
            .ShouldNot().HaveDependencyOnAny(Layers.InfrastructureNamespace, "Microsoft.EntityFrameworkCore")
            .GetResult();

        Layers.AssertNoFailingTypes(result, "Endpoints only bind, send and return: no Infrastructure, no EF Core");
    }

    // The controls below run the same kind of rule where the dependency does exist, so a rule above
    // cannot pass merely because NetArchTest saw no types or no dependencies at all.

    [Fact]
    public void Control_a_real_dependency_is_reported()
    {
        var infrastructureOnApplication = Types.InAssembly(Layers.Infrastructure)
            .ShouldNot().HaveDependencyOn(Layers.ApplicationNamespace)
            .GetResult();
        var endpointsOnApplication = Types.InAssembly(Layers.Api).That().ResideInNamespace(Layers.EndpointsNamespace)
            .ShouldNot().HaveDependencyOn(Layers.ApplicationNamespace)
            .GetResult();
        var infrastructureOnEfCore = Types.InAssembly(Layers.Infrastructure)
            .ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.False(infrastructureOnApplication.IsSuccessful);
        Assert.Contains("InvestPromo.Infrastructure.Persistence.ApplicationDbContext", infrastructureOnApplication.FailingTypeNames);
        Assert.False(endpointsOnApplication.IsSuccessful);
        Assert.Contains("InvestPromo.Api.Endpoints.UnitsEndpoints", endpointsOnApplication.FailingTypeNames);
        Assert.False(infrastructureOnEfCore.IsSuccessful);
    }
}
