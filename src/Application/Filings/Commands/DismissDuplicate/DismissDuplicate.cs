using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.DismissDuplicate;

/// <summary>A reviewer marks a suspected pair as different projects; the pair is not flagged again (either way round).</summary>
public sealed record DismissDuplicateCommand(Guid Id, Guid OtherId, string? Reason) : ICommand;

public sealed class DismissDuplicateValidator : AbstractValidator<DismissDuplicateCommand>
{
    public DismissDuplicateValidator() => RuleFor(x => x.Reason).MaximumLength(DuplicateDismissal.ReasonMaxLength).MultiLineText();
}

public sealed class DismissDuplicateHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DismissDuplicateCommand>
{
    public async ValueTask<Unit> Handle(DismissDuplicateCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(f => f.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Filing), command.Id);
        if (!await db.Filings.VisibleTo(user).AnyAsync(f => f.Id == command.OtherId, cancellationToken))
        {
            throw new NotFoundException(nameof(Filing), command.OtherId);
        }

        if (await AlreadyDismissedAsync(command, cancellationToken))
        {
            throw AlreadyDismissed();
        }

        var suspected = await db.FindSuspectedDuplicatesAsync(filing, cancellationToken);
        if (suspected.All(d => d.FilingId != command.OtherId))
        {
            throw DomainRuleException.Conflict("duplicate.not-suspected", "The other filing is not a suspected duplicate of this one.");
        }

        db.DuplicateDismissals.Add(DuplicateDismissal.Dismiss(command.Id, command.OtherId, user.UserId, clock.GetUtcNow(), command.Reason));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Two reviewers dismissing the same pair at once: the unique pair index refuses the second.
            if (await AlreadyDismissedAsync(command, cancellationToken))
            {
                throw AlreadyDismissed();
            }

            throw;
        }

        return Unit.Value;
    }

    private async Task<bool> AlreadyDismissedAsync(DismissDuplicateCommand command, CancellationToken ct)
    {
        var (first, second) = DuplicateDismissal.Ordered(command.Id, command.OtherId);
        return await db.DuplicateDismissals.AsNoTracking().AnyAsync(d => d.FilingId == first && d.OtherFilingId == second, ct);
    }

    private static DomainRuleException AlreadyDismissed() =>
        DomainRuleException.Conflict("duplicate.already-dismissed", "This pair has already been marked as not duplicate.");
}
