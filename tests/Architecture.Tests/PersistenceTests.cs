using NetArchTest.Rules;

namespace InvestPromo.Architecture.Tests;

/// <summary>Application reaches the database only through IApplicationDbContext's own members, never the DbContext behind it.</summary>
public sealed class PersistenceTests
{
    private static readonly string[] BackDoors =
    [
        "Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions", // GetService<T>() on the context or its Database facade
        "Microsoft.EntityFrameworkCore.Infrastructure.ICurrentDbContext",
        "Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker",
    ];

    [Fact]
    public void The_application_does_not_reach_behind_IApplicationDbContext()
    {
        var result = Types.InAssembly(Layers.Application).ShouldNot().HaveDependencyOnAny(BackDoors).GetResult();

        Layers.AssertNoFailingTypes(result, "Application uses IApplicationDbContext (Run for compiled queries, DiscardChanges), not the DbContext's services or change tracker");
    }

    [Fact]
    public void Control_infrastructure_does_use_the_change_tracker()
    {
        var result = Types.InAssembly(Layers.Infrastructure).ShouldNot().HaveDependencyOnAny(BackDoors).GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains("InvestPromo.Infrastructure.Persistence.ApplicationDbContext", result.FailingTypeNames);
    }
}
