using System.Reflection;
using InvestPromo.Domain.Common;

namespace InvestPromo.Architecture.Tests;

/// <summary>Entities guard their own state: no public setters (STYLE.md "Not to copy" #1).</summary>
public sealed class EntityTests
{
    private const BindingFlags AllInstance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    internal static List<string> PublicSetters(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetProperties(AllInstance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => $"{t.FullName}.{p.Name}"))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    private static List<Type> Entities() =>
        Layers.Domain.GetTypes().Where(t => typeof(Entity).IsAssignableFrom(t)).ToList();

    [Fact]
    public void Domain_entities_have_no_public_setters()
    {
        var entities = Entities();
        Assert.Contains(typeof(InvestPromo.Domain.Organisation.CarrierUnit), entities);
        Assert.Contains(typeof(InvestPromo.Domain.Security.ApiKey), entities);
        Assert.Contains(typeof(InvestPromo.Domain.ReferenceData.IndustryChain), entities);

        var setters = PublicSetters(entities);

        Assert.True(setters.Count == 0, "Public setters on entities: " + string.Join(", ", setters));
    }

    [Fact]
    public void No_domain_class_has_a_public_setter()
    {
        var classes = Layers.Domain.GetTypes().Where(t => t.IsClass && !typeof(Exception).IsAssignableFrom(t) && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))).ToList();
        Assert.Contains(typeof(InvestPromo.Domain.Auditing.AuditEntry), classes);
        Assert.Contains(typeof(InvestPromo.Domain.ReferenceData.SourceRegion), classes);

        var setters = PublicSetters(classes);

        Assert.True(setters.Count == 0, "Public setters in the domain: " + string.Join(", ", setters));
    }

    [Fact]
    public void Control_public_setters_are_found_where_they_exist()
    {
        // Identity's user is an infrastructure type with public setters by design.
        var setters = PublicSetters([typeof(InvestPromo.Infrastructure.Identity.ApplicationUser)]);

        Assert.Contains("InvestPromo.Infrastructure.Identity.ApplicationUser.DisplayName", setters);
        Assert.Contains("InvestPromo.Infrastructure.Identity.ApplicationUser.UserName", setters);
    }
}
