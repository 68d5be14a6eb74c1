using InvestPromo.Application.Filings;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Commands.ConfirmRewardImpact;

/// <summary>
/// A reviewer confirms that the project "对当地经济社会发展起到积极作用" in the year (seed 001); its line stops being pending at the next
/// calculation. Confirming again returns the first confirmation.
/// </summary>
public sealed record ConfirmRewardImpactCommand(Guid ProjectId, int Year) : ICommand<RewardImpactConfirmationDto>;

public sealed class ConfirmRewardImpactValidator : AbstractValidator<ConfirmRewardImpactCommand>
{
    public ConfirmRewardImpactValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
}

public sealed class ConfirmRewardImpactHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmRewardImpactCommand, RewardImpactConfirmationDto>
{
    public async ValueTask<RewardImpactConfirmationDto> Handle(ConfirmRewardImpactCommand command, CancellationToken cancellationToken)
    {
        if (!await db.TrackedProjects.AnyAsync(p => p.Id == command.ProjectId, cancellationToken))
        {
            throw new NotFoundException(nameof(TrackedProject), command.ProjectId);
        }

        var confirmation = await db.RewardImpactConfirmations.FirstOrDefaultAsync(i => i.ProjectId == command.ProjectId && i.Year == command.Year, cancellationToken);
        if (confirmation is null)
        {
            var actor = user.Actor();
            confirmation = RewardImpactConfirmation.Confirm(command.ProjectId, command.Year, actor.Id, actor.Name, clock.GetUtcNow());
            db.RewardImpactConfirmations.Add(confirmation);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(confirmation.Id, confirmation.ProjectId, confirmation.Year, confirmation.ConfirmedByName, confirmation.ConfirmedAt);
    }
}
