using System.Linq.Expressions;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Changes;

/// <summary>
/// The resources the change feed follows, one line each: the wire name, the status property, the unit the resource belongs to,
/// which statuses only the unit may see (<see cref="ChangeFeedScope"/>) and which status means revoked. Every save of a listed
/// entity writes an entry (Infrastructure's <c>ChangeFeedWriter</c>); nothing else is needed to add a resource.
/// </summary>
public static class ChangeFeedResources
{
    public static readonly IReadOnlyList<ChangeFeedResource> All =
    [
        ChangeFeedResource.For<Filing, FilingStatus>("filing", f => f.Status, f => f.UnitId, s => s == FilingStatus.Draft, s => s == FilingStatus.Revoked),
        ChangeFeedResource.For<TrackedProject, TrackedProjectStatus>("project", p => p.Status, p => p.UnitId, _ => false, s => s == TrackedProjectStatus.ApprovalEnded),
        ChangeFeedResource.For<MonthlyReport, MonthlyReportStatus>("report", r => r.Status, r => r.UnitId, _ => false, s => s == MonthlyReportStatus.Superseded),
        ChangeFeedResource.For<ProjectMilestone, MilestoneStatus>("milestone", m => m.Status, m => m.UnitId, _ => false, _ => false),
    ];
}

/// <summary>What the feed stores about a resource's state: its unit, whether only that unit may see the state, and the status.</summary>
public readonly record struct ChangeFeedFacts(Guid? UnitId, bool UnitOnly, string? Status);

/// <summary>One resource of the feed (see <see cref="ChangeFeedResources"/>).</summary>
public abstract class ChangeFeedResource
{
    private protected ChangeFeedResource(string name, Type entityType, string statusProperty)
    {
        Name = name;
        EntityType = entityType;
        StatusProperty = statusProperty;
    }

    /// <summary>The resource's name on the wire ("filing").</summary>
    public string Name { get; }

    public Type EntityType { get; }

    /// <summary>The entity's status property: a change of its value is a <c>statusChanged</c> (or <c>revoked</c>) entry.</summary>
    public string StatusProperty { get; }

    /// <summary>The facts of <paramref name="entity"/> as it will be saved.</summary>
    public abstract ChangeFeedFacts Describe(object entity);

    /// <summary>Whether this status value means the resource was revoked.</summary>
    public abstract bool IsRevoked(object? status);

    public static ChangeFeedResource For<TEntity, TStatus>(
        string name,
        Expression<Func<TEntity, TStatus>> status,
        Func<TEntity, Guid?> unit,
        Func<TStatus, bool> unitOnly,
        Func<TStatus, bool> revoked)
        where TEntity : Entity
        where TStatus : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(status);
        var property = status.Body is MemberExpression member ? member.Member.Name : throw new ArgumentException("Name a property.", nameof(status));
        return new Resource<TEntity, TStatus>(name, property, status.Compile(), unit, unitOnly, revoked);
    }

    private sealed class Resource<TEntity, TStatus>(
        string name, string statusProperty, Func<TEntity, TStatus> status, Func<TEntity, Guid?> unit, Func<TStatus, bool> unitOnly, Func<TStatus, bool> revoked)
        : ChangeFeedResource(name, typeof(TEntity), statusProperty)
        where TEntity : Entity
        where TStatus : struct, Enum
    {
        public override ChangeFeedFacts Describe(object entity)
        {
            var typed = (TEntity)entity;
            var current = status(typed);
            return new(unit(typed), unitOnly(current), current.ToString());
        }

        public override bool IsRevoked(object? value) => value is TStatus typed && revoked(typed);
    }
}
