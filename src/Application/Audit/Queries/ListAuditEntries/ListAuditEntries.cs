using InvestPromo.Application.Users;
using InvestPromo.Domain.Auditing;

namespace InvestPromo.Application.Audit.Queries.ListAuditEntries;

/// <summary>One audit entry; <paramref name="EntityName"/> is the object's display name (a filing's project name, a unit's or
/// user's name …), read even when the object was deleted since, or its id when it has none.</summary>
public sealed record AuditEntryDto(Guid Id, DateTimeOffset OccurredAt, Guid? UserId, string? UserName, string EntityType, string EntityId, AuditAction Action, string? Before, string? After, string EntityName);

public sealed record ListAuditEntriesQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? EntityType = null,
    string? EntityId = null,
    string? UserName = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null) : IQuery<PagedList<AuditEntryDto>>, IPagedQuery;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.EntityType).MaximumLength(AuditEntry.EntityTypeMaxLength);
        RuleFor(x => x.EntityId).MaximumLength(AuditEntry.EntityIdMaxLength);
        RuleFor(x => x.UserName).MaximumLength(AuditEntry.UserNameMaxLength);
        RuleFor(x => x.From).InDateRange();
        RuleFor(x => x.To).InDateRange();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ListAuditEntriesHandler(IApplicationDbContext db, IUserAccounts users) : IQueryHandler<ListAuditEntriesQuery, PagedList<AuditEntryDto>>
{
    public async ValueTask<PagedList<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            entries = entries.Where(e => e.UserName == query.UserName);
        }

        if (query.From is { } from)
        {
            var utc = from.ToUniversalTime();
            entries = entries.Where(e => e.OccurredAt >= utc);
        }

        if (query.To is { } to)
        {
            var utc = to.ToUniversalTime();
            entries = entries.Where(e => e.OccurredAt <= utc);
        }

        var page = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Select(e => new AuditEntryDto(e.Id, e.OccurredAt, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, e.Before, e.After, e.EntityId))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var names = await AuditedEntities.NamesAsync(db, users, page.Items.Select(e => (e.EntityType, e.EntityId)), cancellationToken);
        return page with
        {
            Items = [.. page.Items.Select(e => names.TryGetValue((e.EntityType, e.EntityId), out var name) ? e with { EntityName = name } : e)],
        };
    }
}
